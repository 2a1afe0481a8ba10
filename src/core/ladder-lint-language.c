/* ladder-lint-language.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-lint-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/*
 * The words of the page, as a reader sees them: what is in code, link
 * destinations, URLs, HTML tags and comments and Hugo shortcodes is not
 * prose, and is left out. Each word keeps its place in the page. The word
 * lists are matched against them in one pass (ladder-lint-words.c), and
 * the language checks read the matches: gendered pronouns and forms of
 * address, misused terms, vacancy-ad and location phrases, and the balance
 * of masculine- and feminine-coded words in each role.
 */

typedef struct
{
  LintContext *context;
  LintWordBits bits;
  guint        block;
  gboolean     in_comment;
  char         fence;
  gsize        fence_length;
  /* Something other than spaces came since the last word. */
  gboolean     broken;
} Scanner;

static void
add_token (Scanner    *scanner,
           const char *word,
           gsize       length)
{
  LintContext *context = scanner->context;
  LintToken token = {
    .offset = (guint) (word - context->page),
    .length = (guint) length,
    .text = (guint) context->arena->len,
    .block = scanner->block,
    .joined = !scanner->broken,
  };

  GString *arena = context->arena;
  gsize written = 0;
  guint32 hash = LINT_FNV_OFFSET;
  gboolean stems = FALSE;
  char *to;

  /* Folded straight into the arena, each word ending in a NUL: a word
   * only gets shorter folded. */
  if (arena->len + length + 2 > arena->allocated_len)
    {
      gsize used = arena->len;

      g_string_set_size (arena, used + length + 2);
      g_string_set_size (arena, used);
    }
  to = arena->str + arena->len;
  /* Stems are looked for only in words that start as one does. */
  if (length >= 2)
    {
      guint pair = LINT_PAIR (LINT_ASCII_LOWER (word[0]), LINT_ASCII_LOWER (word[1]));

      stems = (scanner->bits.stem_pairs[pair >> 3] & (1 << (pair & 7))) != 0;
    }
  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) word[i];

      if (c == 0xe2 && i + 2 < length && (guchar) word[i + 1] == 0x80
          && (guchar) word[i + 2] == 0x99)
        {
          c = '\'';
          i += 2;
        }
      else
        {
          c = (guchar) LINT_ASCII_LOWER ((char) c);
        }

      to[written++] = (char) c;
      hash = (hash ^ c) * LINT_FNV_PRIME;
      if (stems && written >= scanner->bits.min_stem && written <= scanner->bits.max_stem
          && LINT_HAS_BIT (scanner->bits.stem_bits, hash))
        token.candidate = TRUE;
    }
  if (LINT_HAS_BIT (scanner->bits.exact_bits, hash))
    token.candidate = TRUE;
  to[written] = '\0';
  arena->len += written + 1;
  arena->str[arena->len] = '\0';

  /* As g_array_append_val(), without its call per word. */
  if (context->tokens->len == context->tokens_allocated)
    {
      guint used = context->tokens->len;

      context->tokens_allocated = MAX (64, 2 * context->tokens_allocated);
      g_array_set_size (context->tokens, context->tokens_allocated);
      g_array_set_size (context->tokens, used);
    }
  ((LintToken *) (void *) context->tokens->data)[context->tokens->len++] = token;
  scanner->broken = FALSE;
}

/* An ASCII word, the most of any page: its length, or 0 when the word
 * goes on with anything else (then the general rule measures it). */
static gsize
ascii_word_length (const char *p,
                   const char *end)
{
  const char *q = p;

  while (q < end && g_ascii_isalnum (*q))
    q++;

  if (q < end && ((guchar) *q >= 0x80 || *q == '\'' || *q == '-' || *q == '.'))
    return 0;

  return (gsize) (q - p);
}

static const char *
find_in_line (const char *p,
              const char *end,
              const char *needle)
{
  gsize length = strlen (needle);

  for (; p + length <= end; p++)
    if (*p == needle[0] && memcmp (p, needle, length) == 0)
      return p;

  return NULL;
}

/* Leading spaces, block quote and list markers, heading hashes. */
static const char *
skip_line_start (const char *p,
                 const char *end)
{
  for (;;)
    {
      const char *q = p;

      while (q < end && (*q == ' ' || *q == '\t'))
        q++;

      if (q < end && *q == '>')
        {
          p = q + 1;
          continue;
        }

      if (q + 1 < end && strchr ("-*+", *q) != NULL && (q[1] == ' ' || q[1] == '\t'))
        {
          p = q + 2;
          continue;
        }

      if (q < end && g_ascii_isdigit (*q))
        {
          const char *digits = q;

          while (q < end && g_ascii_isdigit (*q) && q - digits < 9)
            q++;
          if (q + 1 < end && (*q == '.' || *q == ')') && (q[1] == ' ' || q[1] == '\t'))
            {
              p = q + 2;
              continue;
            }
          q = digits;
        }

      if (q < end && *q == '#')
        {
          while (q < end && *q == '#')
            q++;
          if (q == end || *q == ' ' || *q == '\t')
            {
              p = q;
              continue;
            }
        }

      return q;
    }
}

static gboolean
is_fence (const char *p,
          const char *end,
          char       *fence,
          gsize      *fence_length)
{
  const char *q = p;

  if (p >= end || (*p != '`' && *p != '~'))
    return FALSE;

  while (q < end && *q == *p)
    q++;

  if (q - p < 3)
    return FALSE;

  *fence = *p;
  *fence_length = (gsize) (q - p);
  return TRUE;
}

static void
scan_line (Scanner    *scanner,
           const char *line,
           const char *end)
{
  const char *p = line;

  if (scanner->in_comment)
    {
      const char *close = find_in_line (p, end, "-->");

      if (close == NULL)
        return;
      scanner->in_comment = FALSE;
      p = close + 3;
    }
  else
    {
      const char *first = line;
      char fence;
      gsize fence_length;

      while (first < end && (*first == ' ' || *first == '\t'))
        first++;

      if (scanner->fence != '\0')
        {
          if (is_fence (first, end, &fence, &fence_length) && fence == scanner->fence
              && fence_length >= scanner->fence_length)
            scanner->fence = '\0';
          return;
        }

      if (is_fence (skip_line_start (line, end), end, &fence, &fence_length))
        {
          scanner->fence = fence;
          scanner->fence_length = fence_length;
          scanner->broken = TRUE;
          return;
        }

      /* A new list item, quote or heading starts a new phrase. */
      {
        const char *spaces = line;

        while (spaces < end && (*spaces == ' ' || *spaces == '\t'))
          spaces++;
        first = skip_line_start (line, end);
        if (first > spaces)
          scanner->broken = TRUE;
      }
      p = first;

      /* A link reference definition is a URL, not prose. */
      if (p < end && *p == '[')
        {
          const char *close = find_in_line (p, end, "]:");

          if (close != NULL && memchr (p, ' ', (gsize) (close - p)) == NULL)
            return;
        }
    }

  while (p < end)
    {
      gsize length;

      switch (*p)
        {
        case '`':
          {
            const char *run = p;
            const char *close;

            while (p < end && *p == '`')
              p++;
            close = p;
            /* The closing run of as many backticks. */
            for (;;)
              {
                const char *found = memchr (close, '`', (gsize) (end - close));
                const char *after;

                if (found == NULL)
                  {
                    close = NULL;
                    break;
                  }
                after = found;
                while (after < end && *after == '`')
                  after++;
                if (after - found == p - run)
                  {
                    close = after;
                    break;
                  }
                close = after;
              }
            if (close != NULL)
              p = close;
            scanner->broken = TRUE;
          }
          continue;

        case '<':
          if (p + 3 < end && strncmp (p, "<!--", 4) == 0)
            {
              const char *close = find_in_line (p + 4, end, "-->");

              if (close == NULL)
                {
                  scanner->in_comment = TRUE;
                  return;
                }
              p = close + 3;
              scanner->broken = TRUE;
              continue;
            }
          if (p + 1 < end && (g_ascii_isalpha (p[1]) || p[1] == '/' || p[1] == '!'))
            {
              const char *close = memchr (p, '>', (gsize) (end - p));

              if (close != NULL)
                {
                  p = close + 1;
                  scanner->broken = TRUE;
                  continue;
                }
            }
          break;

        case '{':
          if (p + 1 < end && p[1] == '{')
            {
              const char *close = find_in_line (p + 2, end, "}}");

              p = close != NULL ? close + 2 : end;
              scanner->broken = TRUE;
              continue;
            }
          break;

        case ']':
          if (p + 1 < end && p[1] == '(')
            {
              int depth = 0;

              for (p += 1; p < end; p++)
                {
                  if (*p == '(')
                    depth++;
                  else if (*p == ')' && --depth == 0)
                    break;
                }
              if (p < end)
                p++;
              continue;
            }
          p++;
          continue;

        case '\\':
          p += p + 1 < end ? 2 : 1;
          scanner->broken = TRUE;
          continue;

        case ' ':
        case '\t':
        case '[':
        case '*':
        case '_':
        case '/':
          /* Spaces and emphasis go between the words of a phrase. */
          p++;
          continue;

        default:
          break;
        }

      if ((*p == 'h' && (end - p > 7)
           && (strncmp (p, "http://", 7) == 0 || strncmp (p, "https://", 8) == 0))
          || (*p == 'w' && end - p > 4 && strncmp (p, "www.", 4) == 0))
        {
          while (p < end && *p != ' ' && *p != '\t' && *p != ')' && *p != '>')
            p++;
          scanner->broken = TRUE;
          continue;
        }

      length = g_ascii_isalnum (*p) ? ascii_word_length (p, end) : 0;
      if (length == 0)
        length = ladder_lint_word_length (p, end);
      if (length > 0)
        {
          add_token (scanner, p, length);
          p += length;
          continue;
        }

      /* Any other character: punctuation ends a phrase. */
      scanner->broken = TRUE;
      p = g_utf8_next_char (p);
    }
}

static void
scan_block (LintContext *context,
            guint        block_index)
{
  const LadderPageBlock *block = ladder_lint_block (context, block_index);
  const char *text = context->page + block->offset;
  const char *end = text + block->length;
  Scanner scanner = { .context = context, .block = block_index, .broken = TRUE };

  ladder_lint_words_get_bits (context->words, &scanner.bits);

  for (const char *line = text; line < end;)
    {
      const char *newline = memchr (line, '\n', (gsize) (end - line));
      const char *line_end = newline != NULL ? newline : end;
      const char *p = line;

      while (p < line_end && (*p == ' ' || *p == '\t'))
        p++;
      if (p == line_end)
        scanner.broken = TRUE;
      else
        scan_line (&scanner, line, line_end);

      line = newline != NULL ? newline + 1 : end;
    }
}

void
ladder_lint_scan_words (LintContext *context)
{
  guint n_blocks = context->map->len;

  context->tokens_allocated = (guint) (context->page_length / 6 + 16);
  context->tokens = g_array_sized_new (FALSE, FALSE, sizeof (LintToken), context->tokens_allocated);
  context->arena = g_string_sized_new (2 * context->page_length + 16);
  context->block_tokens = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_blocks + 1);
  context->matches = g_array_new (FALSE, FALSE, sizeof (LintMatch));

  for (guint i = 0; i < n_blocks; i++)
    {
      guint first = context->tokens->len;

      g_array_append_val (context->block_tokens, first);
      /* YAML is not prose. */
      if (ladder_lint_block (context, i)->kind != LADDER_PAGE_BLOCK_FRONT_MATTER)
        scan_block (context, i);
    }

  {
    guint end = context->tokens->len;

    g_array_append_val (context->block_tokens, end);
  }

  for (guint i = 0; i < n_blocks; i++)
    {
      guint first = g_array_index (context->block_tokens, guint, i);
      guint last = g_array_index (context->block_tokens, guint, i + 1);

      for (guint t = first; t < last; t++)
        if (g_array_index (context->tokens, LintToken, t).candidate)
          ladder_lint_words_match (context->words, context, t, last);
    }
}

/* ------------------------------------------------------------------ */
/* The checks                                                           */

static const LintToken *
token_at (LintContext *context,
          guint        index_)
{
  return &g_array_index (context->tokens, LintToken, index_);
}

static void
match_range (LintContext     *context,
             const LintMatch *match,
             gsize           *offset,
             gsize           *length)
{
  const LintToken *first = token_at (context, match->first);
  const LintToken *last = token_at (context, match->first + match->n_tokens - 1);

  *offset = first->offset;
  *length = last->offset + last->length - first->offset;
}

static char *
match_text (LintContext     *context,
            const LintMatch *match)
{
  gsize offset, length;

  match_range (context, match, &offset, &length);
  return g_strndup (context->page + offset, length);
}

/* The suggestion with the matched text's capital, if it had one. */
static char *
suggestion_for (const char *matched,
                const char *use)
{
  g_autofree char *copy = g_strdup (use);

  if (g_unichar_isupper (g_utf8_get_char (matched)) && g_ascii_islower (copy[0]))
    copy[0] = g_ascii_toupper (copy[0]);

  return g_steal_pointer (&copy);
}

static char *
join_suggestions (char **use)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; use != NULL && use[i] != NULL && i < 3; i++)
    {
      if (i > 0)
        /* TRANSLATORS: between suggested words: “they”, “them” */
        g_string_append (out, _(", "));
      g_string_append_printf (out, "“%s”", use[i]);
    }

  return g_string_free (out, FALSE);
}

static gboolean
in_hiring_process (LintContext *context,
                   guint        block)
{
  return ladder_lint_block_section_kind (context, block) == LADDER_SECTION_HIRING_PROCESS;
}

static gboolean
is_requirement (LintContext *context,
                guint        block)
{
  const LadderPageBlock *where = ladder_lint_block (context, block);

  return where->kind == LADDER_PAGE_BLOCK_BULLET && where->list == LADDER_BULLET_LIST_REQUIREMENTS;
}

static gboolean
is_obligation (const char *phrase)
{
  static const char *openers[]
      = { "must ", "should ", "preferably ", "willing ", "able ", "ability " };

  for (guint i = 0; i < G_N_ELEMENTS (openers); i++)
    if (g_ascii_strncasecmp (phrase, openers[i], strlen (openers[i])) == 0)
      return TRUE;

  return FALSE;
}

static void
check_match (LintContext     *context,
             const LintMatch *match)
{
  const LintToken *first = token_at (context, match->first);
  g_autofree char *matched = match_text (context, match);
  g_autofree char *suggestions = join_suggestions (match->term->use);
  gboolean has_use = match->term->use != NULL && match->term->use[0] != NULL;
  LadderLintProblem *problem = NULL;
  gsize offset, length;

  match_range (context, match, &offset, &length);

  switch (match->list)
    {
    case LINT_LIST_GENDERED_PRONOUNS:
      if (has_use)
        ladder_lint_report_at_block (context, "gendered-pronoun", first->block, offset, length,
                                     /* TRANSLATORS: %s is a pronoun from the page, then
                                      * suggestions in quotes */
                                     _("“%s” assumes a gender: use %s, or address the role"),
                                     matched, suggestions);
      else
        ladder_lint_report_at_block (context, "gendered-pronoun", first->block, offset, length,
                                     _("“%s” assumes a gender: use “they”, or address the role"),
                                     matched);
      break;

    case LINT_LIST_GENDERED_ADDRESS:
      ladder_lint_report_at_block (
          context, "gendered-address", first->block, offset, length,
          /* TRANSLATORS: %s is a word from the page, then suggestions in quotes */
          _("“%s” addresses people by gender: use %s"), matched,
          has_use ? suggestions : "“everyone”");
      break;

    case LINT_LIST_MISUSED_TERMS:
      if (!has_use)
        {
          problem = ladder_lint_report_at_block (
              context, "misused-term", first->block, offset, length,
              /* TRANSLATORS: %s is a term from the page, then why */
              _("Avoid “%s”: %s"), matched,
              match->term->reason != NULL ? match->term->reason : "");
          break;
        }
      if (match->term->reason != NULL)
        problem = ladder_lint_report_at_block (
            context, "misused-term", first->block, offset, length,
            /* TRANSLATORS: suggestions, then the term from the page, then why */
            _("Use %s instead of “%s”: %s"), suggestions, matched, match->term->reason);
      else
        problem
            = ladder_lint_report_at_block (context, "misused-term", first->block, offset, length,
                                           _("Use %s instead of “%s”"), suggestions, matched);

      /* A stem stands for many words; only a whole term is replaced. */
      if (problem != NULL && !g_str_has_suffix (match->term->match, "*"))
        {
          g_autofree char *replacement = suggestion_for (matched, match->term->use[0]);
          /* TRANSLATORS: a quick fix; %s is the word put in */
          g_autofree char *label = g_strdup_printf (_("Replace with “%s”"), replacement);

          ladder_lint_fix_replace (context, problem, first->block, offset, length, replacement,
                                   label);
        }
      break;

    case LINT_LIST_VACANCY_PHRASES:
      /* The hiring process speaks to applicants, as the template does. */
      if (!in_hiring_process (context, first->block))
        ladder_lint_report_at_block (
            context, "vacancy-ad", first->block, offset, length,
            /* TRANSLATORS: %s is a phrase from the page */
            _("“%s” reads as a vacancy ad: describe the role (“Leads…”), not the applicant"),
            matched);
      break;

    case LINT_LIST_LOCATION_PHRASES:
      /* In requirements, where a person lives is a requirement; elsewhere
       * ("teams residing in 40 countries") only when the phrase says it
       * must be so. */
      if (!in_hiring_process (context, first->block)
          && (is_requirement (context, first->block) || is_obligation (match->term->match)))
        ladder_lint_report_at_block (
            context, "location-requirement", first->block, offset, length,
            /* TRANSLATORS: %s is a phrase from the page */
            _("“%s” sets a location requirement: GitLab is all-remote, leave it out"), matched);
      break;

    case LINT_LIST_MASCULINE_CODED:
    case LINT_LIST_FEMININE_CODED:
    case LINT_N_LISTS:
    default:
      break;
    }
}

/* Where a role's own words are: its bullets, its text and subsections;
 * not headings and not the sentences Ladder writes. */
static gboolean
is_role_prose (const LadderPageBlock *block)
{
  return block->role >= 0
         && (block->kind == LADDER_PAGE_BLOCK_BULLET || block->kind == LADDER_PAGE_BLOCK_ROLE_TEXT
             || block->kind == LADDER_PAGE_BLOCK_SECTION_BODY);
}

/* Whether a coded word is the job's own subject ("analytics" for an
 * analytics engineer, "lead" for a team lead): a word of the role's or
 * the family's title that starts as the word does. */
static gboolean
names_the_job (LintContext    *context,
               int             role,
               const LintTerm *term)
{
  const char *titles[] = {
    ladder_role_get_title (g_ptr_array_index (context->roles, role)),
    ladder_family_get_title (context->family),
  };
  g_autofree char *stem = g_ascii_strdown (term->match, -1);
  gsize stem_length = strlen (stem);

  if (stem_length > 0 && stem[stem_length - 1] == '*')
    stem[--stem_length] = '\0';

  for (guint t = 0; t < G_N_ELEMENTS (titles); t++)
    {
      const char *end = titles[t] + strlen (titles[t]);

      for (const char *p = titles[t]; p < end;)
        {
          gsize length = ladder_lint_word_length (p, end);

          if (length == 0)
            {
              p = g_utf8_next_char (p);
              continue;
            }
          if (length >= stem_length && g_ascii_strncasecmp (p, stem, stem_length) == 0)
            return TRUE;
          p += length;
        }
    }

  return FALSE;
}

static void
check_coded_words (LintContext *context)
{
  guint n_roles = context->roles->len;
  g_autofree guint *masculine = g_new0 (guint, MAX (n_roles, 1));
  g_autofree guint *feminine = g_new0 (guint, MAX (n_roles, 1));
  g_autoptr (GPtrArray) words = g_ptr_array_new_full (n_roles, (GDestroyNotify) g_ptr_array_unref);

  if (!ladder_lint_wants (context, "gender-coded"))
    return;

  for (guint r = 0; r < n_roles; r++)
    g_ptr_array_add (words, g_ptr_array_new ());

  for (guint i = 0; i < context->matches->len; i++)
    {
      const LintMatch *match = &g_array_index (context->matches, LintMatch, i);
      const LintToken *token = token_at (context, match->first);
      const LadderPageBlock *block = ladder_lint_block (context, token->block);
      int owner;

      if ((match->list != LINT_LIST_MASCULINE_CODED && match->list != LINT_LIST_FEMININE_CODED)
          || !is_role_prose (block) || (guint) block->role >= n_roles
          || names_the_job (context, block->role, match->term))
        continue;

      /* A part Ladder read as a role of its own counts with its role. */
      owner = context->role_owner != NULL ? context->role_owner[block->role] : block->role;
      if (match->list == LINT_LIST_MASCULINE_CODED)
        {
          masculine[owner]++;
          g_ptr_array_add (g_ptr_array_index (words, owner), context->arena->str + token->text);
        }
      else
        {
          feminine[owner]++;
        }
    }

  for (guint r = 0; r < n_roles; r++)
    {
      GPtrArray *found = g_ptr_array_index (words, r);
      g_autoptr (GHashTable) seen = NULL;
      g_autoptr (GString) named = NULL;
      LintRoleBlocks *blocks = &context->role_blocks[r];
      int at = blocks->heading >= 0 ? blocks->heading : blocks->first;
      guint n_named = 0;

      if (masculine[r] <= feminine[r] || at < 0)
        continue;

      /* Each word once, in page order, a handful of them. */
      seen = g_hash_table_new (g_str_hash, g_str_equal);
      named = g_string_new (NULL);
      for (guint i = 0; i < found->len; i++)
        {
          const char *word = g_ptr_array_index (found, i);

          if (!g_hash_table_add (seen, (gpointer) word))
            continue;
          if (n_named == 8)
            {
              g_string_append (named, _(", …"));
              break;
            }
          if (n_named > 0)
            g_string_append (named, _(", "));
          g_string_append (named, word);
          n_named++;
        }

      {
        const LadderPageBlock *block = ladder_lint_block (context, (guint) at);

        g_autofree char *counts = g_strdup_printf (
            /* TRANSLATORS: the start of a message, e.g. "3 masculine-coded words against 1
               feminine-coded" */
            g_dngettext (GETTEXT_PACKAGE, "%u masculine-coded word against %u feminine-coded",
                         "%u masculine-coded words against %u feminine-coded", masculine[r]),
            masculine[r], feminine[r]);

        ladder_lint_report (
            context, "gender-coded", block->offset, 0, (int) r, LADDER_LINT_FIELD_TITLE, -1,
            /* TRANSLATORS: the counts, then the masculine-coded words found */
            _("%s (%s): balance the wording so that it speaks to everyone"), counts, named->str);
      }
    }
}

void
ladder_lint_check_language (LintContext *context)
{
  guint reached[LINT_N_LISTS] = { 0, };

  for (guint i = 0; i < context->matches->len; i++)
    {
      const LintMatch *match = &g_array_index (context->matches, LintMatch, i);

      /* "Must reside in": one phrase, though two entries match it. */
      if (match->first < reached[match->list])
        continue;
      reached[match->list] = match->first + match->n_tokens;

      check_match (context, match);
    }

  check_coded_words (context);
}
