/* ladder-markdown-import-parts.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-markdown-import-private.h"

#include <cmark.h>
#include <string.h>

#include "ladder-markdown-blocks.h"
#include "ladder-markdown-sentence.h"
#include "ladder-link.h"
#include "ladder-markdown-text.h"

/*
 * A role's parts as a RoleReader reads them: the slots that keep the page's
 * own words and order, bullets and lists, "Reports to", the grade, and the
 * part headings.
 */

LadderSlot *
ladder_import_add_slot (RoleReader *reader, LadderSlotKind kind)
{
  LadderSlot *slot = ladder_slot_new (kind);

  g_ptr_array_add (reader->slots, slot);
  return slot;
}

static char *
pending_text (RoleReader *reader, char **gap, const char *default_gap)
{
  Importer *importer = reader->importer;
  Block    *first = block_at (importer, reader->pending_first);
  Block    *last = block_at (importer, reader->pending_last);

  *gap = ladder_import_block_gap (importer, last, default_gap);
  return ladder_import_lines_text (importer, first->first, last->last);
}

static void
flush_pending (RoleReader *reader)
{
  LadderSlot *slot;

  if (reader->pending_first < 0)
    return;

  slot = ladder_import_add_slot (reader, LADDER_SLOT_TEXT);
  slot->origin.source = pending_text (reader, &slot->origin.gap, "\n");
  reader->pending_first = reader->pending_last = -1;
}

void
ladder_import_add_pending (RoleReader *reader, guint index_)
{
  if (reader->pending_first < 0)
    reader->pending_first = (int) index_;
  reader->pending_last = (int) index_;
}

/* The list slot's gap is the gap after its last bullet. */
static void
close_list (RoleReader *reader)
{
  LadderBulletList which;
  GListModel      *bullets;
  guint            n_items;

  if (reader->list_slot == NULL)
    return;

  which = reader->list_slot->kind == LADDER_SLOT_REQUIREMENTS ? LADDER_BULLET_LIST_REQUIREMENTS
                                                              : LADDER_BULLET_LIST_RESPONSIBILITIES;
  bullets = ladder_role_get_bullets (reader->role, which);
  n_items = g_list_model_get_n_items (bullets);

  if (n_items > 0)
    {
      LadderOrigin *origin = ladder_bullet_record_ensure_origin (
          ladder_role_get_bullet_record (reader->role, which, n_items - 1));

      /* A bullet's gap is none by default, a list's one blank line. */
      if (origin->gap == NULL)
        {
          if (!reader->list_ends_page)
            reader->list_slot->origin.gap = g_strdup ("");
        }
      else if (!g_str_equal (origin->gap, "\n"))
        reader->list_slot->origin.gap = g_steal_pointer (&origin->gap);
      else
        g_clear_pointer (&origin->gap, g_free);
    }

  reader->list_slot = NULL;
}

void
ladder_import_end_part (RoleReader *reader)
{
  flush_pending (reader);
  close_list (reader);
  reader->part = PART_NONE;
  reader->part_level = 0;
}

static gsize
count_indent (const char *line, gsize length)
{
  gsize i = 0;

  while (i < length && line[i] == ' ')
    i++;

  return i;
}

/* Reads one list item's lines into a bullet's record (a role being read
 * has nobody to tell of its bullets: they get no objects), whose canonical
 * form uses @list_marker, or the item's own marker when that is NULL. */
static LadderBulletRecord *
read_bullet (Importer   *importer,
             guint       first,
             guint       last,
             const char *list_marker,
             char      **marker_out)
{
  const char         *line = line_start (importer, first);
  gsize               length = line_length (importer, first);
  gsize               indent = count_indent (line, length);
  gsize               marker_end = indent;
  gsize               spaces;
  gsize               content;
  GString            *text;
  g_autofree char    *raw = NULL;
  g_autofree char    *canonical = NULL;
  LadderBulletRecord *record;

  if (marker_end < length && strchr ("-*+", line[marker_end]) != NULL)
    marker_end++;
  else
    {
      while (marker_end < length && g_ascii_isdigit (line[marker_end]))
        marker_end++;
      if (marker_end < length && (line[marker_end] == '.' || line[marker_end] == ')'))
        marker_end++;
    }

  spaces = 0;
  while (marker_end + spaces < length && line[marker_end + spaces] == ' ')
    spaces++;

  /* Past four spaces the rest is indented code inside the item. */
  if (spaces > 4)
    spaces = 1;
  content = marker_end + spaces;

  *marker_out = g_strndup (line + indent, marker_end - indent);
  if (list_marker == NULL)
    list_marker = *marker_out;

  text = g_string_sized_new (length + 1);
  g_string_append_len (text, line + MIN (content, length), length - MIN (content, length));

  for (guint i = first + 1; i <= last; i++)
    {
      const char *next = line_start (importer, i);
      gsize       next_length = line_length (importer, i);
      gsize       next_indent = count_indent (next, next_length);

      g_string_append_c (text, '\n');

      if (next_indent == next_length)
        continue;

      if (next_indent >= content)
        g_string_append_len (text, next + content, next_length - content);
      else
        g_string_append_len (text, next, next_length);
    }

  record = ladder_bullet_record_new (text->str);
  raw = ladder_import_lines_text (importer, first, last);
  canonical = ladder_block_bullet (list_marker, text->str);
  ladder_origin_set_source (ladder_bullet_record_ensure_origin (record), raw, canonical);

  g_string_free (text, TRUE);
  return record;
}

static gboolean
starts_with_extends (const char *text)
{
  return g_ascii_strncasecmp (text, "extends ", strlen ("extends ")) == 0;
}

void
ladder_import_read_list (RoleReader *reader, guint index_)
{
  Importer        *importer = reader->importer;
  Block           *block = block_at (importer, index_);
  LadderBulletList which = reader->part == PART_REQUIREMENTS ? LADDER_BULLET_LIST_REQUIREMENTS
                                                             : LADDER_BULLET_LIST_RESPONSIBILITIES;
  g_autofree char *prefix = NULL;
  g_autofree char *prefix_gap = NULL;
  gboolean         first_list = reader->list_slot == NULL;
  gboolean         first_item = TRUE;
  g_autoptr (GPtrArray) records
      = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_bullet_record_free);
  LadderBulletRecord *extends_candidate = NULL;

  if (first_list)
    {
      flush_pending (reader);
      reader->list_slot = ladder_import_add_slot (reader, which == LADDER_BULLET_LIST_REQUIREMENTS
                                                              ? LADDER_SLOT_REQUIREMENTS
                                                              : LADDER_SLOT_RESPONSIBILITIES);
      reader->list_marker_known = FALSE;
    }
  else if (reader->pending_first >= 0)
    {
      /* Text between two lists of one part ("Technical:") goes with the
       * bullet it introduces. */
      prefix = pending_text (reader, &prefix_gap, "\n");
      reader->pending_first = reader->pending_last = -1;
    }

  reader->list_ends_page = block == importer->last_block;

  for (cmark_node *item = cmark_node_first_child (block->node); item != NULL;
       item = cmark_node_next (item))
    {
      cmark_node *next = cmark_node_next (item);
      guint       first = importer->body + (guint) MAX (cmark_node_get_start_line (item), 1) - 1;
      guint       end = next != NULL
                            ? importer->body + (guint) MAX (cmark_node_get_start_line (next), 1) - 1
                            : block->last + 1;
      guint       last = end;
      g_autofree char    *marker = NULL;
      LadderBulletRecord *record;
      LadderOrigin       *origin;

      if (first > block->last)
        break;
      end = MIN (end, block->last + 1);
      last = end;
      while (last > first + 1 && line_is_blank (importer, last - 1))
        last--;

      if (!reader->list_marker_known)
        {
          record = read_bullet (importer, first, last - 1, NULL, &marker);
          reader->list_slot->marker = g_strdup (marker);
          reader->list_marker_known = TRUE;
        }
      else
        {
          record = read_bullet (importer, first, last - 1,
                                reader->list_slot->marker != NULL ? reader->list_slot->marker : "-",
                                &marker);
        }
      origin = ladder_bullet_record_ensure_origin (record);
      origin->gap = next != NULL ? ladder_import_gap_text (importer, last, end, "")
                                 : ladder_import_block_gap (importer, block, "");

      if (first_item && prefix != NULL)
        ladder_bullet_record_set_prefix (record, prefix, prefix_gap);

      if (first_list && first_item && starts_with_extends (record->text))
        extends_candidate = record;

      g_ptr_array_add (records, record);
      first_item = FALSE;
    }

  /* The role takes the records as they are: the candidate stays valid. */
  ladder_role_take_bullet_records (reader->role, which, records);
  if (extends_candidate != NULL && reader->n_extends_candidates < 2)
    reader->extends_candidates[reader->n_extends_candidates++] = extends_candidate;

  if (g_strcmp0 (reader->list_slot->marker, "-") == 0)
    g_clear_pointer (&reader->list_slot->marker, g_free);
}

/* The plain text that @text (@length bytes, one line) is the Markdown of,
 * as Ladder writes it (ladder_markdown_escape_text ()): "Lead \`ops\`" for
 * "Lead `ops`". NULL when @text is written otherwise (it has emphasis, a
 * link, …). A manager typed with such a character was written so and not
 * read back: the field showed empty. */
char *
ladder_import_plain_text (const char *text, gsize length)
{
  g_autoptr (GString) plain = NULL;
  g_autofree char *escaped = NULL;

  if (length == 0 || memchr (text, '\n', length) != NULL)
    return NULL;

  plain = g_string_sized_new (length);
  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '\\' && i + 1 < length && g_ascii_ispunct (text[i + 1]))
        i++;
      g_string_append_c (plain, text[i]);
    }

  escaped = ladder_markdown_escape_text (plain->str);
  if (strlen (escaped) != length || memcmp (escaped, text, length) != 0)
    return NULL;

  return g_string_free (g_steal_pointer (&plain), FALSE);
}

/* The one link @markdown (@length bytes) is, as CommonMark reads it: its
 * destination (balanced parentheses, "<…>" and escapes as cmark reads
 * them) when the whole text is that link and it has no title; else NULL. */
static char *
read_whole_link (const char *markdown, gsize length)
{
  cmark_node *document = cmark_parse_document (markdown, length, CMARK_OPT_DEFAULT);
  cmark_node *paragraph = cmark_node_first_child (document);
  cmark_node *link = paragraph != NULL ? cmark_node_first_child (paragraph) : NULL;
  char       *destination = NULL;

  if (paragraph != NULL && cmark_node_get_type (paragraph) == CMARK_NODE_PARAGRAPH
      && cmark_node_next (paragraph) == NULL && link != NULL
      && cmark_node_get_type (link) == CMARK_NODE_LINK && cmark_node_next (link) == NULL
      && (cmark_node_get_title (link) == NULL || *cmark_node_get_title (link) == '\0'))
    destination = g_strdup (cmark_node_get_url (link));

  cmark_node_free (document);
  return destination;
}

/* "[text](destination)", with simple text and no title. A destination
 * with parentheses ("/jobs/manager_(sales)/") was not read: the manager
 * read back as nothing. */
gboolean
ladder_import_parse_simple_link (const char *text, gsize length, char **label, char **destination)
{
  const char      *close;
  g_autofree char *plain_label = NULL;
  g_autofree char *url = NULL;

  if (length < 4 || text[0] != '[' || text[length - 1] != ')')
    return FALSE;

  close = g_strstr_len (text, (gssize) length, "](");
  if (close == NULL)
    return FALSE;
  plain_label = ladder_import_plain_text (text + 1, (gsize) (close - text - 1));
  if (plain_label == NULL)
    return FALSE;

  {
    const char *dest = close + 2;
    gsize       dest_length = length - (gsize) (dest - text) - 1;

    /* Nothing in it that cmark reads otherwise (parentheses, "<…>",
     * escapes, spaces): as written, without parsing. */
    if (dest_length > 0 && strcspn (dest, "()<\\ \n") >= dest_length)
      url = g_strndup (dest, dest_length);
    else
      url = read_whole_link (text, length);
  }
  if (url == NULL || *url == '\0' || strchr (url, ' ') != NULL)
    return FALSE;

  *label = g_steal_pointer (&plain_label);
  *destination = g_steal_pointer (&url);
  return TRUE;
}

/* The words that say whom a role reports to, after its subject. */
static const char *const reports_to_verbs[]
    = { " reports to ", " reports into ", " will report to " };

/* The one place in @raw where it says whom the role reports to, or NULL
 * (none, or two: "… reports to X, and the Manager reports to …").
 * @verb_length: the length of the words found. */
static const char *
find_reports_to (const char *raw, gsize *verb_length)
{
  const char *found = NULL;

  for (guint v = 0; v < G_N_ELEMENTS (reports_to_verbs); v++)
    {
      const char *at = strstr (raw, reports_to_verbs[v]);

      if (at == NULL)
        continue;
      if (found != NULL || strstr (at + 1, reports_to_verbs[v]) != NULL)
        return NULL;
      found = at;
      *verb_length = strlen (reports_to_verbs[v]);
    }

  return found;
}

/* Where the sentence around @p starts and ends (its stop, or the end). */
static void
sentence_around (const char *raw, const char *p, const char **start, const char **end)
{
  *start = raw;
  for (const char *q = p; q > raw; q--)
    if (ladder_sentence_ends (raw, q - 1))
      {
        *start = q;
        break;
      }
  while (**start == ' ' || **start == '\t')
    (*start)++;

  *end = p;
  while (**end != '\0' && !ladder_sentence_ends (raw, *end))
    (*end)++;
}

static gboolean
says_whose (const char *sentence)
{
  return g_ascii_strncasecmp (sentence, "The ", 4) == 0
         || g_ascii_strncasecmp (sentence, "This position ", 14) == 0
         || g_ascii_strncasecmp (sentence, "This role ", 10) == 0;
}

/* The manager's name ends where the sentence goes on about something
 * else: ", and Product Designers report to …", " and leads a team …" (a
 * lowercase word after "and" or a comma; "Channels and Alliances" is one
 * name, "Director, Tax" too). */
static const char *
manager_end (const char *start, const char *end)
{
  int depth = 0;

  /* Not inside a link's text or a placeholder ("{add the reporting
   * position and link …}"). */
  for (const char *p = start; p < end; p++)
    {
      if (*p == '[' || *p == '{' || *p == '(')
        depth++;
      else if ((*p == ']' || *p == '}' || *p == ')') && depth > 0)
        depth--;
      if (depth > 0)
        continue;

      if (p[0] == ',' && p + 2 < end && p[1] == ' ' && g_ascii_islower (p[2]))
        return p;
      if (p[0] == ' ' && p + 5 < end && strncmp (p, " and ", 5) == 0 && g_ascii_islower (p[5]))
        return p;
    }

  return end;
}

/* Whether block @index_ is a paragraph of one line that says whom the
 * role @title reports to, as Ladder writes it for a role that had no
 * manager: "The <title> reports to …". */
gboolean
ladder_import_says_whom_role_reports_to (Importer *importer, guint index_, const char *title)
{
  Block           *block = block_at (importer, index_);
  g_autofree char *raw = NULL;
  g_autofree char *prefix = NULL;

  if (block->type != CMARK_NODE_PARAGRAPH || block->first != block->last || title == NULL
      || *title == '\0')
    return FALSE;

  raw = ladder_import_block_text (importer, block);
  prefix = g_strdup_printf ("The %s reports to ", title);
  return g_str_has_prefix (raw, prefix);
}

/* "The <role> reports to the <manager>." on one line ("This position
 * reports to …", "… reports into …" and "… will report to …" too), also
 * among other sentences of the line, which stay as the page has them. A
 * line that gives the grade as well is the grade's. */
gboolean
ladder_import_read_reports_to (RoleReader *reader, Block *block)
{
  Importer        *importer = reader->importer;
  g_autofree char *raw = NULL;
  g_autofree char *label = NULL;
  g_autofree char *destination = NULL;
  g_autofree char *manager = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *rest = NULL;
  const char      *found;
  const char      *start;
  const char      *sentence_start;
  const char      *sentence_end;
  gsize            verb_length = 0;
  gsize            end;
  LadderSlot      *slot;

  if (block->type != CMARK_NODE_PARAGRAPH || block->first != block->last)
    return FALSE;

  raw = ladder_import_block_text (importer, block);
  found = find_reports_to (raw, &verb_length);
  if (found == NULL)
    return FALSE;

  sentence_around (raw, found, &sentence_start, &sentence_end);
  if (!says_whose (raw) && !says_whose (sentence_start))
    return FALSE;

  /* More than the one sentence, and a grade among them: the grade's. */
  if (sentence_start != raw || *sentence_end != '\0')
    {
      g_autofree char *link = NULL;
      gsize            grade_start, grade_length;
      int              grade;

      if (ladder_import_find_grade (raw, &grade, &grade_start, &grade_length, &link))
        return FALSE;
    }

  /* The article kept out of the manager's name, as the page writes it
   * ("The", "a" too: the field showed empty, and a name typed there wrote
   * a second sentence). */
  start = found + verb_length;
  if (g_ascii_strncasecmp (start, "the ", strlen ("the ")) == 0)
    start += strlen ("the ");
  else if (g_ascii_strncasecmp (start, "a ", strlen ("a ")) == 0)
    start += strlen ("a ");
  else if (g_ascii_strncasecmp (start, "an ", strlen ("an ")) == 0)
    start += strlen ("an ");

  end = (gsize) (manager_end (start, sentence_end) - raw);
  while (end > 0 && (raw[end - 1] == ' ' || raw[end - 1] == '\t'))
    end--;

  if ((gsize) (start - raw) >= end)
    return FALSE;

  /* "… reports to the [Senior Manager](#senior-manager) role." (or "role
   * at GitLab"): the link is the manager, the words after it stay. The
   * field showed empty, and a manager typed there wrote a second
   * sentence (7 corpus roles). */
  if (*start == '[')
    {
      const char *close = strstr (start, "](");
      const char *link_end = NULL;

      /* The link ends at the first ")" after which cmark reads the text
       * from @start as one link (a destination may hold parentheses). */
      const char *plain_end = close != NULL ? strpbrk (close + 2, ")(\\<") : NULL;

      if (plain_end != NULL && *plain_end == ')')
        link_end = plain_end; /* nothing in it that cmark reads otherwise */
      for (const char *q = close != NULL ? strchr (close + 2, ')') : NULL;
           q != NULL && link_end == NULL && (gsize) (q - raw) < end; q = strchr (q + 1, ')'))
        {
          g_autofree char *url = read_whole_link (start, (gsize) (q + 1 - start));

          if (url != NULL)
            link_end = q;
        }

      if (link_end != NULL && (gsize) (link_end - raw) < end
          && (g_str_has_prefix (link_end + 1, " role")
              || g_str_has_prefix (link_end + 1, " position"))
          && !g_ascii_isalnum (link_end[1 + (link_end[2] == 'r' ? 5 : 9)]))
        end = (gsize) (link_end + 1 - raw);
    }

  if (ladder_import_parse_simple_link (start, end - (gsize) (start - raw), &label, &destination)
      && ladder_link_is_allowed (destination))
    {
      ladder_role_set_reports_to (reader->role, label);
      ladder_role_set_reports_to_link (reader->role, destination);
    }
  else if ((plain = ladder_import_plain_text (start, end - (gsize) (start - raw))) != NULL)
    {
      ladder_role_set_reports_to (reader->role, plain);
    }
  else
    {
      return FALSE;
    }

  flush_pending (reader);
  slot = ladder_import_add_slot (reader, LADDER_SLOT_REPORTS_TO);
  slot->origin.gap = ladder_import_block_gap (importer, block, "\n");

  manager = ladder_block_manager (ladder_role_get_reports_to (reader->role),
                                  ladder_role_get_reports_to_link (reader->role));
  rest = ladder_block_reports_to (ladder_role_get_title (reader->role), LADDER_VALUE_PLACEHOLDER);

  {
    g_autofree char *canonical
        = ladder_block_reports_to (ladder_role_get_title (reader->role), manager);

    if (!g_str_equal (canonical, raw))
      ladder_origin_set_spanned_source (&slot->origin, raw, (int) (start - raw),
                                        (int) (end - (gsize) (start - raw)), rest, manager);
  }

  return TRUE;
}

static gboolean
word_before (const char *text, const char *position, const char *word)
{
  gsize length = strlen (word);

  return (gsize) (position - text) >= length
         && g_ascii_strncasecmp (position - length, word, length) == 0;
}

/* The destination of the link whose words hold the number from @digits
 * to @digits_end in @text ("[grade 9](…)"), as cmark reads it: with
 * parentheses in it ("/grades_(2024)/"), which cut it before. */
static char *
grade_link (const char *text, const char *digits, const char *digits_end)
{
  g_autofree char *number = g_strndup (digits, (gsize) (digits_end - digits));
  cmark_node      *document = cmark_parse_document (text, strlen (text), CMARK_OPT_DEFAULT);
  cmark_iter      *iter = cmark_iter_new (document);
  cmark_event_type event;
  char            *destination = NULL;

  while (destination == NULL && (event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      cmark_node *link = cmark_node_parent (node);
      const char *words;

      if (event != CMARK_EVENT_ENTER || cmark_node_get_type (node) != CMARK_NODE_TEXT
          || link == NULL || cmark_node_get_type (link) != CMARK_NODE_LINK)
        continue;

      words = cmark_node_get_literal (node);
      if (words != NULL && strstr (words, number) != NULL)
        destination = g_strdup (cmark_node_get_url (link));
    }
  cmark_iter_free (iter);
  cmark_node_free (document);

  return destination;
}

/* Finds the grade number in a sentence such as "The X is a [grade 9](…)."
 * and the link around it. */
gboolean
ladder_import_find_grade (const char *text,
                          int        *grade,
                          gsize      *span_start,
                          gsize      *span_length,
                          char      **link)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      const char *q = p;
      const char *digits_end;
      gint64      value;

      if (!g_ascii_isdigit (*p) || (p > text && g_ascii_isdigit (p[-1])))
        continue;

      for (;;)
        {
          if (q > text && (q[-1] == ' ' || q[-1] == '#' || q[-1] == '['))
            q--;
          else if (q - 1 > text && (guchar) q[-2] == 0xc2 && (guchar) q[-1] == 0xa0)
            q -= 2; /* a no-break space */
          else
            break;
        }

      if (!word_before (text, q, "grade") && !word_before (text, q, "level")
          && !word_before (text, q, "is a"))
        continue;

      digits_end = p;
      while (g_ascii_isdigit (*digits_end))
        digits_end++;

      if (digits_end - p > 2)
        continue;

      value = g_ascii_strtoll (p, NULL, 10);
      if (value > LADDER_GRADE_MAX)
        continue;

      *grade = (int) value;
      *span_start = (gsize) (p - text);
      *span_length = (gsize) (digits_end - p);
      *link = NULL;

      {
        const char *close = strstr (digits_end, "](");

        if (close != NULL && memchr (digits_end, '\n', (gsize) (close - digits_end)) == NULL
            && memchr (p, ']', (gsize) (close - p)) == NULL)
          {
            const char *dest = close + 2;
            const char *ref_end = g_str_has_prefix (dest, "{{<") ? strstr (dest, ">}})") : NULL;

            /* A Hugo ref ("{{< ref "…" >}}"), which Hugo expands before
             * the Markdown is read, is kept as written. */
            const char *dest_end = strpbrk (dest, ")(\\<\n");

            if (ref_end != NULL && memchr (dest, '\n', (gsize) (ref_end - dest)) == NULL)
              *link = g_strndup (dest, (gsize) (ref_end + 3 - dest));
            else if (dest_end != NULL && *dest_end == ')')
              /* Nothing in it that cmark reads otherwise: as written. */
              *link = g_strndup (dest, (gsize) (dest_end - dest));
            else
              *link = grade_link (text, p, digits_end);
          }
      }

      return TRUE;
    }

  return FALSE;
}

gboolean
ladder_import_read_grade (RoleReader *reader, Block *block)
{
  Importer        *importer = reader->importer;
  g_autofree char *raw = NULL;
  g_autofree char *link = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *value = NULL;
  g_autofree char *canonical = NULL;
  gsize            span_start, span_length;
  int              grade;
  LadderSlot      *slot;

  if (block->type != CMARK_NODE_PARAGRAPH)
    return FALSE;

  raw = ladder_import_block_text (importer, block);
  if (!ladder_import_find_grade (raw, &grade, &span_start, &span_length, &link))
    return FALSE;

  /* A paragraph under its own bold label ("**Market Justification:**
   * While there is limited supporting survey data for a grade 9, …") is
   * about the grade, not the role's grade: read as it, a grade cleared
   * came back as that number on reopening. */
  if (g_str_has_prefix (raw, "**"))
    {
      const char *label_end = strstr (raw + 2, "**");

      if (label_end != NULL && (gsize) (label_end - raw) < span_start
          && g_strstr_len (raw, label_end - raw, "rade") == NULL)
        return FALSE;
    }

  /* The page's own text is kept as it is; only a safe link becomes the
   * role's grade link. */
  if (!ladder_link_is_allowed (link))
    g_clear_pointer (&link, g_free);

  flush_pending (reader);
  ladder_role_set_job_grade (reader->role, grade);
  ladder_role_set_grade_link (reader->role, link);

  slot = ladder_import_add_slot (reader, LADDER_SLOT_GRADE);
  slot->origin.gap = ladder_import_block_gap (importer, block, "\n");

  value = ladder_block_grade_value (grade);
  rest = ladder_block_grade (ladder_role_get_title (reader->role), LADDER_VALUE_PLACEHOLDER, link);
  canonical = ladder_block_grade (ladder_role_get_title (reader->role), value, link);

  if (!g_str_equal (canonical, raw))
    ladder_origin_set_spanned_source (&slot->origin, raw, (int) span_start, (int) span_length, rest,
                                      value);

  return TRUE;
}

/* Splits a part heading's text into the role it names and its label:
 * "Senior Analyst Job Grade" → "Senior Analyst", "Job Grade". */
void
ladder_import_split_part_heading (Block *block, char **prefix, char **label)
{
  g_autofree char *trimmed = g_strdup (block->plain);
  gsize            label_length = 0;
  gsize            length;

  ladder_import_classify_part (block->plain, &label_length);

  length = strlen (trimmed);
  while (length > 0 && trimmed[length - 1] == ':')
    trimmed[--length] = '\0';

  label_length = MIN (label_length, length);
  *label = g_strdup (trimmed + length - label_length);
  *prefix = g_strndup (trimmed, length - label_length);
  g_strchomp (*prefix);
}

/* Whether a part heading's words before its label name @title: the same
 * words, whatever their case and the spaces and colon around them. */
static gboolean
names_the_role (const char *prefix, const char *title)
{
  g_autofree char *wanted = g_utf8_casefold (title, -1);
  g_autofree char *found = g_utf8_casefold (prefix, -1);
  g_auto (GStrv) wanted_words = NULL;
  g_auto (GStrv) found_words = NULL;
  guint n_wanted = 0;

  g_strchomp (found);
  while (*found != '\0' && strchr (":,-", found[strlen (found) - 1]) != NULL)
    {
      found[strlen (found) - 1] = '\0';
      g_strchomp (found);
    }

  wanted_words = g_strsplit_set (wanted, " \t", -1);
  found_words = g_strsplit_set (found, " \t", -1);
  for (guint w = 0, f = 0;; w++, f++)
    {
      while (wanted_words[w] != NULL && *wanted_words[w] == '\0')
        w++;
      while (found_words[f] != NULL && *found_words[f] == '\0')
        f++;
      if (wanted_words[w] == NULL || found_words[f] == NULL)
        return wanted_words[w] == NULL && found_words[f] == NULL && n_wanted > 0;
      if (!g_str_equal (wanted_words[w], found_words[f]))
        return FALSE;
      n_wanted++;
    }
}

void
ladder_import_start_part (RoleReader *reader, Block *block, guint index_)
{
  Importer        *importer = reader->importer;
  LadderSlot      *slot;
  g_autofree char *raw = NULL;
  g_autofree char *canonical = NULL;
  g_autofree char *label = NULL;
  g_autofree char *prefix = NULL;

  ladder_import_end_part (reader);
  ladder_import_split_part_heading (block, &prefix, &label);

  slot = ladder_import_add_slot (reader, ladder_import_heading_slot_for (block->part));
  slot->level = block->level;
  /* Named after the role ("Senior Analyst Requirements"), it follows the
   * role's title; named otherwise ("Additional Requirements", "Senior
   * Responsibilities"), it keeps its own words when the role is renamed. */
  slot->prefixed = *prefix != '\0' && names_the_role (prefix, ladder_role_get_title (reader->role));
  if (*prefix != '\0' && !slot->prefixed)
    {
      g_autofree char *whole = g_strconcat (prefix, " ", label, NULL);

      g_free (label);
      label = g_steal_pointer (&whole);
    }
  if (!g_str_equal (label, ladder_slot_default_label (slot->kind)))
    slot->label = g_strdup (label);

  raw = ladder_import_block_text (importer, block);
  canonical = ladder_block_heading (
      slot->level, slot->prefixed ? ladder_role_get_title (reader->role) : NULL,
      slot->label != NULL ? slot->label : ladder_slot_default_label (slot->kind));
  ladder_origin_set_source (&slot->origin, raw, canonical);
  slot->origin.gap = ladder_import_block_gap (importer, block, "\n");

  reader->part = block->part;
  reader->part_level = block->level;
  reader->seen[block->part] = TRUE;
}
