/* ladder-lint-scan.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-lint-private.h"

#include <string.h>

/*
 * The words of the page, as a reader sees them: what is in code, link
 * destinations, URLs, HTML tags and comments and Hugo shortcodes is not
 * prose, and is left out. Each word keeps its place in the page, for the
 * word lists to match in one pass (ladder-lint-words.c) and the language
 * checks (ladder-lint-language.c) to read.
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
  gboolean broken;
} Scanner;

static void
add_token (Scanner *scanner, const char *word, gsize length)
{
  LintContext *context = scanner->context;
  LintToken    token = {
       .offset = (guint) (word - context->page),
       .length = (guint) length,
       .text = (guint) context->arena->len,
       .block = scanner->block,
       .joined = !scanner->broken,
  };

  GString *arena = context->arena;
  gsize    written = 0;
  guint32  hash = LINT_FNV_OFFSET;
  gboolean stems = FALSE;
  char    *to;

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
ascii_word_length (const char *p, const char *end)
{
  const char *q = p;

  while (q < end && g_ascii_isalnum (*q))
    q++;

  if (q < end && ((guchar) *q >= 0x80 || *q == '\'' || *q == '-' || *q == '.'))
    return 0;

  return (gsize) (q - p);
}

static const char *
find_in_line (const char *p, const char *end, const char *needle)
{
  gsize length = strlen (needle);

  for (; p + length <= end; p++)
    if (*p == needle[0] && memcmp (p, needle, length) == 0)
      return p;

  return NULL;
}

/* Leading spaces, block quote and list markers, heading hashes. */
static const char *
skip_line_start (const char *p, const char *end)
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
is_fence (const char *p, const char *end, char *fence, gsize *fence_length)
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
scan_line (Scanner *scanner, const char *line, const char *end)
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
      char        fence;
      gsize       fence_length;

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
scan_block (LintContext *context, guint block_index)
{
  const LadderPageBlock *block = ladder_lint_block (context, block_index);
  const char            *text = context->page + block->offset;
  const char            *end = text + block->length;
  Scanner                scanner = { .context = context, .block = block_index, .broken = TRUE };

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

  /* A block at a time: a family of 2,000 roles has a million words, and
   * holding them all (with their lowercased copies) cost 50 MB. */
  context->tokens_allocated = 256;
  context->tokens = g_array_sized_new (FALSE, FALSE, sizeof (LintToken), context->tokens_allocated);
  context->arena = g_string_sized_new (4096);
  context->matches = g_array_new (FALSE, FALSE, sizeof (LintMatch));
  context->match_words = g_string_new (NULL);
  context->tokens_before = 0;
  context->years_entry = ladder_lint_wants (context, "years-of-experience");
  context->years_count = ladder_lint_wants (context, "years-of-experience-count");

  for (guint i = 0; i < n_blocks; i++)
    {
      guint n_tokens;

      /* YAML is not prose. */
      if (ladder_lint_block (context, i)->kind == LADDER_PAGE_BLOCK_FRONT_MATTER)
        continue;

      g_array_set_size (context->tokens, 0);
      g_string_truncate (context->arena, 0);
      scan_block (context, i);
      n_tokens = context->tokens->len;

      for (guint t = 0; t < n_tokens; t++)
        if (g_array_index (context->tokens, LintToken, t).candidate)
          ladder_lint_words_match (context->words, context, t, n_tokens);
      if (context->years_entry || context->years_count)
        ladder_lint_check_years (context, i);

      context->tokens_before += n_tokens;
    }

  /* What the page's longest block needed, not kept for the checks after. */
  g_clear_pointer (&context->tokens, g_array_unref);
  g_string_free (g_steal_pointer (&context->arena), TRUE);
}
