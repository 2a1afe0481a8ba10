/* ladder-lint-text.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-lint-private.h"

#include <string.h>

/*
 * Reading Markdown as the checks need it, without a parser: lines, told
 * apart inside fenced code; headings; link destinations outside code
 * spans; and comparing text whatever its case and spacing.
 */

/* ------------------------------------------------------------------ */
/* Lines and links                                                      */

void
ladder_lint_lines_init (LintLines  *lines,
                        const char *text,
                        gsize       length)
{
  *lines = (LintLines) { .text = text, .length = length };
}

static gboolean
fence_at (const char *line,
          gsize       length,
          char       *fence,
          gsize      *fence_length,
          gboolean   *only_fence)
{
  gsize i = 0, run;

  while (i < length && i < 3 && line[i] == ' ')
    i++;
  if (i >= length || (line[i] != '`' && line[i] != '~'))
    return FALSE;

  run = i;
  while (run < length && line[run] == line[i])
    run++;
  if (run - i < 3)
    return FALSE;

  *fence = line[i];
  *fence_length = run - i;
  *only_fence = TRUE;
  for (gsize k = run; k < length; k++)
    if (line[k] != ' ' && line[k] != '\t')
      *only_fence = FALSE;

  /* A backtick fence's info string has no backtick. */
  return line[i] != '`' || memchr (line + run, '`', length - run) == NULL;
}

gboolean
ladder_lint_lines_next (LintLines   *lines,
                        const char **line,
                        gsize       *length,
                        gboolean    *code)
{
  const char *start, *newline;
  char fence;
  gsize fence_length;
  gboolean only_fence;

  if (lines->position >= lines->length)
    return FALSE;

  start = lines->text + lines->position;
  newline = memchr (start, '\n', lines->length - lines->position);
  *line = start;
  *length = newline != NULL ? (gsize) (newline - start) : lines->length - lines->position;
  lines->position += *length + (newline != NULL ? 1 : 0);

  if (lines->fence != '\0')
    {
      *code = TRUE;
      if (fence_at (start, *length, &fence, &fence_length, &only_fence) && fence == lines->fence
          && fence_length >= lines->fence_length && only_fence)
        lines->fence = '\0';
      return TRUE;
    }

  /* Fences inside list items stand indented: look past the markers. */
  {
    const char *p = start;
    const char *end = start + *length;

    while (p < end
           && (*p == ' ' || *p == '>' || ((*p == '-' || *p == '*') && p + 1 < end && p[1] == ' ')))
      p++;
    if (fence_at (p, (gsize) (end - p), &fence, &fence_length, &only_fence))
      {
        lines->fence = fence;
        lines->fence_length = fence_length;
        *code = TRUE;
        return TRUE;
      }
  }

  *code = FALSE;
  return TRUE;
}

static gsize
skip_code_span (const char *line,
                gsize       length,
                gsize       i)
{
  gsize run = i;
  gsize k;

  while (run < length && line[run] == '`')
    run++;

  for (k = run; k < length;)
    {
      gsize close = k;

      if (line[k] != '`')
        {
          k++;
          continue;
        }
      while (close < length && line[close] == '`')
        close++;
      if (close - k == run - i)
        return close;
      k = close;
    }

  return run;
}

static gboolean
starts_url (const char *p,
            gsize       available)
{
  return (available > 7 && strncmp (p, "http://", 7) == 0)
         || (available > 8 && strncmp (p, "https://", 8) == 0);
}

void
ladder_lint_find_links (const char *line,
                        gsize       length,
                        GArray     *links)
{
  gsize opens[16];
  guint n_opens = 0;

  for (gsize i = 0; i < length;)
    {
      char c = line[i];

      if (c == '`')
        {
          i = skip_code_span (line, length, i);
          continue;
        }

      if (c == '\\')
        {
          i += 2;
          continue;
        }

      if (c == '[')
        {
          if (n_opens < G_N_ELEMENTS (opens))
            opens[n_opens++] = i;
          i++;
          continue;
        }

      if (c == ']' && i + 1 < length && line[i + 1] == '(')
        {
          gsize start = i + 2, end;
          int depth = 0;
          LintLink link = { .inline_link = TRUE };

          link.link_start = n_opens > 0 ? opens[--n_opens] : i;
          while (start < length && line[start] == ' ')
            start++;

          if (start < length && line[start] == '<')
            {
              const char *close = memchr (line + start, '>', length - start);

              start++;
              end = close != NULL ? (gsize) (close - line) : start;
            }
          else
            {
              for (end = start; end < length; end++)
                {
                  if (line[end] == '(')
                    depth++;
                  else if (line[end] == ')' && depth-- == 0)
                    break;
                  else if (line[end] == ' ')
                    break;
                }
            }

          link.start = start;
          link.length = end - start;
          g_array_append_val (links, link);

          /* On past the destination and its title. */
          while (end < length && line[end] != ')')
            end++;
          i = end;
          continue;
        }

      if (c == ']')
        {
          if (n_opens > 0)
            n_opens--;
          i++;
          continue;
        }

      if (c == '<' && starts_url (line + i + 1, length - i - 1))
        {
          const char *close = memchr (line + i, '>', length - i);

          if (close != NULL)
            {
              LintLink link = { .start = i + 1, .link_start = i };

              link.length = (gsize) (close - line) - link.start;
              g_array_append_val (links, link);
              i = (gsize) (close - line) + 1;
              continue;
            }
        }

      if (c == 'h' && starts_url (line + i, length - i)
          && (i == 0
              || !(g_ascii_isalnum (line[i - 1]) || line[i - 1] == '/' || line[i - 1] == '"')))
        {
          LintLink link = { .start = i, .link_start = i };
          gsize end = i;

          while (end < length && line[end] != ' ' && line[end] != '\t' && line[end] != ')'
                 && line[end] != '>' && line[end] != ']' && line[end] != '"' && line[end] != '|')
            end++;
          /* A sentence's full stop or comma after the URL is not part of it. */
          while (end > i && strchr (".,;:!?*_", line[end - 1]) != NULL)
            end--;

          link.length = end - i;
          g_array_append_val (links, link);
          i = end;
          continue;
        }

      i++;
    }
}

/* ------------------------------------------------------------------ */
/* Text helpers                                                         */

gboolean
ladder_lint_is_heading_line (const char *line,
                             gsize       length,
                             gsize      *text_start)
{
  gsize i = 0, hashes = 0;

  while (i < length && i < 3 && line[i] == ' ')
    i++;
  while (i < length && line[i] == '#')
    {
      i++;
      hashes++;
    }

  if (hashes == 0 || hashes > 6 || (i < length && line[i] != ' ' && line[i] != '\t'))
    return FALSE;

  while (i < length && (line[i] == ' ' || line[i] == '\t'))
    i++;

  if (text_start != NULL)
    *text_start = i;
  return TRUE;
}

/* Lowercase (ASCII letters: what the lists and the rules compare is
 * English) with words apart by one space, whatever the page had. Fast,
 * as it runs over every bullet. */
char *
ladder_lint_casefold_trim (const char *text,
                           gssize      length)
{
  gsize size = length < 0 ? strlen (text) : (gsize) length;
  char *out = g_malloc (size + 1);
  gsize written = 0;
  gboolean space = FALSE;

  for (gsize i = 0; i < size && text[i] != '\0'; i++)
    {
      char c = text[i];

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        {
          space = written > 0;
          continue;
        }
      if (space)
        out[written++] = ' ';
      space = FALSE;
      out[written++] = LINT_ASCII_LOWER (c);
    }

  out[written] = '\0';
  return out;
}

gboolean
ladder_lint_contains_folded (const char *text,
                             gsize       length,
                             const char *needle)
{
  gsize needle_length = strlen (needle);

  if (needle_length == 0)
    return TRUE;

  /* The first letter found with memchr(), in either case. */
  for (guint pass = 0; pass < 2; pass++)
    {
      char first = pass == 0 ? needle[0] : g_ascii_toupper (needle[0]);
      const char *end = text + length;

      if (pass == 1 && first == needle[0])
        break;

      for (const char *p = memchr (text, first, length); p != NULL && p + needle_length <= end;
           p = memchr (p + 1, first, (gsize) (end - p - 1)))
        if (g_ascii_strncasecmp (p + 1, needle + 1, needle_length - 1) == 0)
          return TRUE;
    }

  return FALSE;
}

