/* ladder-lint-markdown.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-lint-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/*
 * The handbook's Markdown rules (its markdownlint and Vale settings) as
 * they apply to what Ladder writes, and the hygiene the corpus shows is
 * common: the page is read line by line, outside fenced code, and each
 * line is traced to the block, and so to the part of the model, it is in.
 * Bullets are checked as the model holds them, for duplicates and empty
 * ones.
 */

#define MAX_HEADING_LENGTH 100

/* ------------------------------------------------------------------ */
/* Handbook links                                                       */

/* The relative form of an absolute handbook URL, or NULL. */
static char *
relative_handbook_url (const char *url,
                       gsize       length)
{
  static const char *hosts[] = {
    "https://about.gitlab.com", "http://about.gitlab.com",
    "https://handbook.gitlab.com", "http://handbook.gitlab.com",
    "https://www.about.gitlab.com",
  };

  for (guint h = 0; h < G_N_ELEMENTS (hosts); h++)
    {
      gsize host_length = strlen (hosts[h]);
      const char *path = url + host_length;
      gsize path_length = length - host_length;
      gboolean handbook_host = strstr (hosts[h], "handbook.") != NULL;

      if (length <= host_length || g_ascii_strncasecmp (url, hosts[h], host_length) != 0
          || *path != '/')
        continue;

      if ((path_length >= 9 && strncmp (path, "/handbook", 9) == 0
           && (path_length == 9 || path[9] == '/' || path[9] == '#'))
          || (path_length >= 14 && strncmp (path, "/job-families/", 14) == 0)
          || (handbook_host && path_length > 1))
        return g_strndup (path, path_length);
    }

  return NULL;
}

/* A destination that names a place in the handbook without the site's
 * root: the fix, where it is certain, or "" when there is none. NULL for
 * destinations that are fine. */
static char *
unrooted_handbook_link (const char *url,
                        gsize       length)
{
  g_autofree char *copy = g_strndup (url, length);
  const char *handbook;
  const char *p = copy;

  if (length == 0 || *copy == '/' || *copy == '#' || *copy == '{' || *copy == '<' || *copy == '?')
    return NULL;

  /* A scheme ("https:", "mailto:"). */
  while (g_ascii_isalnum (*p) || *p == '+' || *p == '-' || *p == '.')
    p++;
  if (*p == ':' && p > copy)
    return NULL;

  /* "handbook/values/", "../handbook/values/": rooted, it is /handbook/values/. */
  handbook = strstr (copy, "handbook/");
  if (handbook != NULL && (handbook == copy || handbook[-1] == '/'))
    {
      for (const char *q = copy; q < handbook; q++)
        if (*q != '.' && *q != '/')
          return g_strdup ("");
      return g_strconcat ("/", handbook, NULL);
    }

  /* A link to another page of the site needs its full path. */
  if (strchr (copy, '/') != NULL || g_str_has_suffix (copy, ".html"))
    return g_strdup ("");

  return NULL;
}

static LadderLintProblem *
report_line (LintContext *context,
             const char  *rule,
             int          block,
             gsize        offset,
             gsize        length,
             const char  *format,
             ...) G_GNUC_PRINTF (6, 7);

static LadderLintProblem *
report_line (LintContext *context,
             const char  *rule,
             int          block,
             gsize        offset,
             gsize        length,
             const char  *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (block >= 0)
    return ladder_lint_report_at_block (context, rule, (guint) block, offset, length, "%s",
                                        message);

  return ladder_lint_report (context, rule, offset, length, -1, LADDER_LINT_FIELD_PAGE, -1, "%s",
                             message);
}

/* A fix for a URL that stands in a role's grade or reports-to sentence,
 * where it is the role's link. */
static void
fix_role_link (LintContext       *context,
               LadderLintProblem *problem,
               int                block_index,
               const char        *url,
               const char        *replacement,
               const char        *label)
{
  const LadderPageBlock *block;
  LadderRole *role;

  if (problem == NULL || block_index < 0)
    return;

  block = ladder_lint_block (context, (guint) block_index);
  if (block->role < 0)
    return;
  role = g_ptr_array_index (context->roles, block->role);

  if (block->kind == LADDER_PAGE_BLOCK_GRADE
      && g_strcmp0 (ladder_role_get_grade_link (role), url) == 0)
    ladder_lint_problem_set_fix (problem, LINT_FIX_SET_TEXT, "grade-link", url, replacement, label);
  else if (block->kind == LADDER_PAGE_BLOCK_REPORTS_TO
           && g_strcmp0 (ladder_role_get_reports_to_link (role), url) == 0)
    ladder_lint_problem_set_fix (problem, LINT_FIX_SET_TEXT, "reports-to-link", url, replacement,
                                 label);
}

/* Whether a line can hold a link: most lines of a page do not, and are
 * passed over with two quick searches. */
static gboolean
may_hold_link (const char *line,
               gsize       length)
{
  const char *end = line + length;

  for (const char *p = memchr (line, ']', length); p != NULL;
       p = memchr (p + 1, ']', (gsize) (end - p - 1)))
    if (p + 1 < end && p[1] == '(')
      return TRUE;

  for (const char *p = memchr (line, 'h', length); p != NULL;
       p = memchr (p + 1, 'h', (gsize) (end - p - 1)))
    if (end - p >= 4 && memcmp (p, "http", 4) == 0)
      return TRUE;

  return FALSE;
}

static void
check_links (LintContext *context,
             GArray      *links,
             int          block,
             gsize        line_offset,
             const char  *line,
             gsize        length,
             gboolean     heading)
{
  g_array_set_size (links, 0);
  ladder_lint_find_links (line, length, links);

  for (guint i = 0; i < links->len; i++)
    {
      const LintLink *link = &g_array_index (links, LintLink, i);
      const char *url = line + link->start;
      g_autofree char *url_copy = g_strndup (url, link->length);
      g_autofree char *relative = NULL;
      g_autofree char *rooted = NULL;

      if (heading && link->inline_link)
        report_line (context, "heading-link", block, line_offset + link->link_start, 1,
                     _("Headings hold no links: move the link into the text below the heading"));

      relative = relative_handbook_url (url, link->length);
      if (relative != NULL)
        {
          /* TRANSLATORS: a quick fix; %s is a link destination */
          g_autofree char *label = g_strdup_printf (_("Write “%s”"), relative);
          LadderLintProblem *problem = report_line (
              context, "absolute-handbook-link", block, line_offset + link->start, link->length,
              /* TRANSLATORS: %s are link destinations */
              _("Handbook links are relative: write “%s” instead of “%s”"), relative, url_copy);

          /* Only a link's destination can be made relative: an autolink
           * (<https://…>) or a bare URL written relative is no link at
           * all, and reads as the text "</handbook/…>" or "/handbook/…";
           * so is a destination after a "](" that no "[" opens. */
          if (block >= 0 && problem != NULL && link->inline_link && line[link->link_start] == '[')
            {
              ladder_lint_fix_replace (context, problem, (guint) block, line_offset + link->start,
                                       link->length, relative, label);
              fix_role_link (context, problem, block, url_copy, relative, label);
            }
          continue;
        }

      if (!link->inline_link)
        continue;

      rooted = unrooted_handbook_link (url, link->length);
      if (rooted != NULL)
        {
          LadderLintProblem *problem;

          if (*rooted != '\0')
            {
              g_autofree char *label = g_strdup_printf (_("Write “%s”"), rooted);

              problem = report_line (
                  context, "handbook-link-prefix", block, line_offset + link->start, link->length,
                  _("Links into the handbook start with /handbook/: write “%s”"), rooted);
              if (block >= 0)
                {
                  ladder_lint_fix_replace (context, problem, (guint) block,
                                           line_offset + link->start, link->length, rooted, label);
                  fix_role_link (context, problem, block, url_copy, rooted, label);
                }
            }
          else
            {
              report_line (
                  context, "handbook-link-prefix", block, line_offset + link->start, link->length,
                  /* TRANSLATORS: %s is a link destination */
                  _("“%s” is relative to the page: write the whole path, from /handbook/"),
                  url_copy);
            }
        }
    }
}

/* ------------------------------------------------------------------ */
/* Lines                                                                */

static gboolean
is_list_marker_only (const char *line,
                     gsize       length)
{
  gsize i = 0;

  while (i < length && line[i] == ' ')
    i++;

  if (i < length && strchr ("-*+", line[i]) != NULL)
    i++;
  else
    {
      gsize digits = i;

      while (i < length && g_ascii_isdigit (line[i]))
        i++;
      if (i == digits || i >= length || (line[i] != '.' && line[i] != ')'))
        return FALSE;
      i++;
    }

  /* "---" and "***" are breaks, not items. */
  if (i < length && line[i] != ' ' && line[i] != '\t')
    return FALSE;

  while (i < length && (line[i] == ' ' || line[i] == '\t'))
    i++;

  return i == length;
}

static void
check_heading (LintContext *context,
               int          block_index,
               gsize        line_offset,
               const char  *line,
               gsize        length,
               gsize        text_start)
{
  gsize end = length;
  glong characters;
  char last;

  /* Without the closing hashes and spaces. */
  while (end > text_start && (line[end - 1] == ' ' || line[end - 1] == '\t'))
    end--;
  {
    gsize hashes = end;

    while (hashes > text_start && line[hashes - 1] == '#')
      hashes--;
    if (hashes < end && (hashes == text_start || line[hashes - 1] == ' '))
      {
        end = hashes;
        while (end > text_start && line[end - 1] == ' ')
          end--;
      }
  }

  if (end <= text_start)
    return;

  characters = g_utf8_strlen (line + text_start, (gssize) (end - text_start));
  if (characters > MAX_HEADING_LENGTH)
    report_line (context, "heading-length", block_index, line_offset + text_start, end - text_start,
                 /* TRANSLATORS: %ld is a number of characters */
                 _("This heading is %ld characters long: keep headings to 100 characters at most"),
                 characters);

  last = line[end - 1];
  if (strchr (".,;:!", last) != NULL
      && !(end >= text_start + 3 && strncmp (line + end - 3, "...", 3) == 0))
    {
      LadderLintProblem *problem =
        report_line (context, "heading-punctuation", block_index, line_offset + end - 1, 1,
                     /* TRANSLATORS: %c is a punctuation mark */
                     _("Headings do not end in punctuation: remove the “%c”"), last);

      /* A section's heading is the section's own: remove the mark there. */
      if (problem != NULL && block_index >= 0
          && ladder_lint_block (context, (guint) block_index)->kind
                 == LADDER_PAGE_BLOCK_SECTION_HEADING)
        {
          LadderSection *section = ladder_lint_block_section (context, (guint) block_index);
          const char *heading = section != NULL ? ladder_section_get_heading (section) : NULL;

          if (heading != NULL && g_str_has_suffix (heading, (char[]) { last, '\0' }))
            {
              g_autofree char *shorter = g_strdup (heading);
              gsize size = strlen (shorter);

              while (size > 0 && strchr (".,;:!", shorter[size - 1]) != NULL)
                shorter[--size] = '\0';
              g_strchomp (shorter);
              ladder_lint_problem_set_fix (problem, LINT_FIX_SET_TEXT, "heading", heading, shorter,
                                           /* TRANSLATORS: a quick fix */
                                           _("Remove the punctuation"));
            }
        }
    }
}

static gboolean
is_table_row (const char *line,
              gsize       length)
{
  gsize i = 0;

  while (i < length && line[i] == ' ')
    i++;

  return i < length && line[i] == '|';
}

static void
check_spaces (LintContext *context,
              int          block_index,
              gsize        line_offset,
              const char  *line,
              gsize        length,
              gboolean     next_is_text,
              gboolean     heading,
              gboolean     code)
{
  gsize end = length;

  while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t'))
    end--;

  /* Two spaces at the end of a line in a paragraph are a line break. */
  if (end < length
      && !(length - end == 2 && end > 0 && next_is_text && !heading && line[end] == ' '
           && line[end + 1] == ' '))
    {
      LadderLintProblem *problem =
        report_line (context, "trailing-space", block_index, line_offset + end, length - end,
                     end == 0 ? _("This line holds only spaces: leave it empty")
                              : _("Spaces at the end of the line: remove them"));

      if (block_index >= 0)
        ladder_lint_fix_replace (context, problem, (guint) block_index, line_offset + end,
                                 length - end, "",
                                 /* TRANSLATORS: a quick fix */
                                 _("Remove the spaces"));
    }

}

/* Doubled spaces between words, found over the whole page at once (most
 * of a page is words apart by one space); not the indentation, not the
 * end of a line, not in code or a table. @skip says which lines to leave
 * out, @blocks which block each line is in. */
static void
check_doubled_spaces (LintContext *context,
                      GArray      *skip,
                      GArray      *blocks)
{
  const char *page = context->page;
  GArray *starts = context->line_starts;
  guint line = 0;
  /* The line the last run was in: its end, and the backticks from its
   * start up to `counted`, so that a line of many doubled spaces is read
   * once, not once per run. */
  guint current = G_MAXUINT;
  const char *line_end = NULL;
  const char *counted = NULL;
  guint backticks = 0;

  if (!ladder_lint_wants (context, "doubled-space"))
    return;

  for (const char *p = strstr (page, "  "); p != NULL; p = strstr (p, "  "))
    {
      gsize offset = (gsize) (p - page);
      const char *line_start, *run;
      int block;

      while (line + 1 < starts->len && g_array_index (starts, gsize, line + 1) <= offset)
        line++;
      line_start = page + g_array_index (starts, gsize, line);
      if (line != current)
        {
          current = line;
          line_end = strchr (p, '\n');
          if (line_end == NULL)
            line_end = page + context->page_length;
          counted = line_start;
          backticks = 0;
        }

      run = p;
      while (run < line_end && *run == ' ')
        run++;

      if (line >= skip->len || g_array_index (skip, gboolean, line) || run == line_end)
        {
          p = run;
          continue;
        }

      /* The indentation, or spaces inside a code span (an odd number of
       * backticks before them), are not doubled spaces. */
      {
        const char *q = line_start;

        while (q < p && *q == ' ')
          q++;
        if (q == p)
          {
            p = run;
            continue;
          }
        for (q = counted; q < p; q++)
          backticks += *q == '`';
        counted = p;
      }

      if (backticks % 2 == 0)
        {
          LadderLintProblem *problem;

          block = g_array_index (blocks, int, line);
          problem = report_line (context, "doubled-space", block, offset, (gsize) (run - p),
                                 _("Doubled space: one space is enough"));
          if (block >= 0)
            ladder_lint_fix_replace (context, problem, (guint) block, offset, (gsize) (run - p),
                                     " ",
                                     /* TRANSLATORS: a quick fix */
                                     _("Use one space"));
        }
      p = run;
    }
}

static gboolean
line_is_blank (const char *line,
               gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (line[i] != ' ' && line[i] != '\t')
      return FALSE;

  return TRUE;
}

static gboolean
is_reference_definition (const char *line,
                         gsize       length,
                         gsize      *start)
{
  gsize i = 0;
  const char *close;

  while (i < length && i < 3 && line[i] == ' ')
    i++;
  if (i >= length || line[i] != '[')
    return FALSE;

  close = g_strstr_len (line + i, (gssize) (length - i), "]:");
  if (close == NULL || close == line + i + 1)
    return FALSE;

  /* The label holds no other brackets. */
  if (memchr (line + i + 1, '[', (gsize) (close - line - i - 1)) != NULL
      || memchr (line + i + 1, ']', (gsize) (close - line - i - 1)) != NULL)
    return FALSE;

  *start = i;
  return (gsize) (close - line) + 2 < length;
}

static void
check_lines (LintContext *context)
{
  LintLines lines;
  const char *line;
  gsize length;
  gboolean code;
  guint cursor = 0;
  guint n_blocks = context->map->len;
  gsize body = 0;
  g_autoptr (GArray) links = g_array_new (FALSE, FALSE, sizeof (LintLink));
  g_autoptr (GArray) skip
      = g_array_sized_new (FALSE, FALSE, sizeof (gboolean), context->line_starts->len);
  g_autoptr (GArray) line_blocks
      = g_array_sized_new (FALSE, FALSE, sizeof (int), context->line_starts->len);
  gboolean want_links = ladder_lint_wants (context, "heading-link")
                        || ladder_lint_wants (context, "absolute-handbook-link")
                        || ladder_lint_wants (context, "handbook-link-prefix");

  /* The front matter is YAML: only its spaces are checked. */
  if (n_blocks > 0 && ladder_lint_block (context, 0)->kind == LADDER_PAGE_BLOCK_FRONT_MATTER)
    body = ladder_lint_block (context, 0)->offset + ladder_lint_block (context, 0)->length;

  ladder_lint_lines_init (&lines, context->page, context->page_length);
  while (ladder_lint_lines_next (&lines, &line, &length, &code))
    {
      gsize offset = (gsize) (line - context->page);
      int block = -1;
      gsize text_start;
      gboolean heading;
      gboolean next_is_text;

      while (cursor + 1 < n_blocks && ladder_lint_block (context, cursor + 1)->offset <= offset)
        cursor++;
      if (n_blocks > 0)
        {
          const LadderPageBlock *candidate = ladder_lint_block (context, cursor);

          if (candidate->offset <= offset && offset <= candidate->offset + candidate->length)
            block = (int) cursor;
        }

      heading = !code && ladder_lint_is_heading_line (line, length, &text_start);

      {
        const char *next = line + length + 1;
        const char *page_end = context->page + context->page_length;
        const char *next_end
            = next < page_end ? memchr (next, '\n', (gsize) (page_end - next)) : NULL;

        next_is_text = next < page_end
                       && !line_is_blank (next, next_end != NULL ? (gsize) (next_end - next)
                                                                 : (gsize) (page_end - next));
      }

      check_spaces (context, block, offset, line, length, next_is_text, heading,
                    code || offset < body);

      {
        gboolean leave_out = code || offset < body || is_table_row (line, length);

        g_array_append_val (skip, leave_out);
        g_array_append_val (line_blocks, block);
      }

      if (code || offset < body)
        continue;

      if (heading)
        check_heading (context, block, offset, line, length, text_start);

      if (is_reference_definition (line, length, &text_start))
        report_line (context, "reference-link", block, offset + text_start, length - text_start,
                     _("Reference-style link definitions are not used in the handbook: write the "
                        "link inline, “[text](destination)”"));

      if (is_list_marker_only (line, length)
          && (block < 0
              || ladder_lint_block (context, (guint) block)->kind != LADDER_PAGE_BLOCK_BULLET))
        report_line (context, "empty-bullet", block, offset, length,
                     _("This bullet is empty: write it or remove it"));

      if (want_links && may_hold_link (line, length))
        check_links (context, links, block, offset, line, length, heading);
    }

  check_doubled_spaces (context, skip, line_blocks);
}

/* ------------------------------------------------------------------ */
/* Bullets                                                              */

/* Bullets are the same when they read the same: case and runs of spaces
 * apart. */
static guint
folded_hash (gconstpointer key)
{
  guint32 hash = 2166136261u;
  gboolean space = FALSE;
  gboolean started = FALSE;

  guint n_hashed = 0;

  /* The first letters tell most bullets apart; the rest is compared. */
  for (const char *p = key; *p != '\0' && n_hashed < 16; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n')
        {
          space = started;
          continue;
        }
      n_hashed++;
      started = TRUE;
      if (space)
        hash = (hash ^ ' ') * 16777619u;
      space = FALSE;
      hash = (hash ^ (guchar) LINT_ASCII_LOWER (*p)) * 16777619u;
    }

  return hash;
}

static const char *
skip_spaces (const char *p)
{
  while (*p == ' ' || *p == '\t' || *p == '\n')
    p++;
  return p;
}

static gboolean
folded_equal (gconstpointer a,
              gconstpointer b)
{
  const char *p = skip_spaces (a);
  const char *q = skip_spaces (b);

  for (;;)
    {
      gboolean p_space = *p == ' ' || *p == '\t' || *p == '\n';
      gboolean q_space = *q == ' ' || *q == '\t' || *q == '\n';

      if (p_space || q_space)
        {
          p = skip_spaces (p);
          q = skip_spaces (q);
          /* Spaces at the end of both, or between words on both sides. */
          if (*p == '\0' || *q == '\0')
            return *p == *q;
          if (!p_space || !q_space)
            return FALSE;
          continue;
        }
      if (LINT_ASCII_LOWER (*p) != LINT_ASCII_LOWER (*q))
        return FALSE;
      if (*p == '\0')
        return TRUE;
      p++;
      q++;
    }
}

static gboolean
is_blank (const char *text)
{
  return *skip_spaces (text) == '\0';
}

static void
check_bullets (LintContext *context)
{
  gboolean duplicates = ladder_lint_wants (context, "duplicate-bullet");
  gboolean empties = ladder_lint_wants (context, "empty-bullet");

  if (!duplicates && !empties)
    return;

  for (guint r = 0; r < context->roles->len; r++)
    {
      LadderRole *role = g_ptr_array_index (context->roles, r);

      for (guint list = 0; list < 2; list++)
        {
          GArray *blocks = context->role_blocks[r].bullets[list];
          g_autoptr (GHashTable) seen = g_hash_table_new (folded_hash, folded_equal);
          guint n_items = MIN (ladder_role_get_n_bullets (role, list), blocks->len);

          for (guint i = 0; i < n_items; i++)
            {
              const char *text = ladder_role_get_bullet_text (role, list, i);
              guint block = (guint) g_array_index (blocks, int, i);
              const LadderPageBlock *where = ladder_lint_block (context, block);
              LadderLintProblem *problem = NULL;

              if (is_blank (text))
                {
                  if (empties)
                    problem = ladder_lint_report_at_block (
                        context, "empty-bullet", block, where->offset, where->length,
                        _("This bullet is empty: write it or remove it"));
                  if (problem != NULL)
                    ladder_lint_problem_set_fix (problem, LINT_FIX_REMOVE_BULLET, NULL, text, NULL,
                                                 /* TRANSLATORS: a quick fix */
                                                 _("Remove the bullet"));
                  continue;
                }

              /* The bullet holds the text while the family does; a text
               * seen already is not added again. */
              if (!g_hash_table_insert (seen, (gpointer) text, (gpointer) text))
                {
                  if (duplicates)
                    problem = ladder_lint_report_at_block (
                        context, "duplicate-bullet", block, where->offset, where->length,
                        _("This bullet is in the list already: remove one of them"));
                  if (problem != NULL)
                    ladder_lint_problem_set_fix (problem, LINT_FIX_REMOVE_BULLET, NULL, text, NULL,
                                                 _("Remove the bullet"));
                  continue;
                }
            }
        }
    }
}

void
ladder_lint_check_markdown (LintContext *context)
{
  check_lines (context);
  check_bullets (context);
}
