/* ladder-yaml-check-scalars.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-yaml-check-private.h"

#include <glib/gi18n-lib.h>

/* The front matter checker's cursor and lines, and the scalars: quoted,
 * plain and block (see ladder-yaml-check-private.h). */

gboolean
ladder_yaml_checker_fail (LadderYamlChecker *checker,
                          const char        *at,
                          const char        *format,
                          ...)
{
  va_list args;

  if (checker->error != NULL)
    return FALSE;

  va_start (args, format);
  checker->error = g_strdup_vprintf (format, args);
  va_end (args);
  checker->error_at = at;

  return FALSE;
}

const char *
ladder_yaml_checker_line_start (LadderYamlChecker *checker,
                                const char        *at)
{
  while (at > checker->text && at[-1] != '\n')
    at--;
  return at;
}

guint
ladder_yaml_checker_column (LadderYamlChecker *checker,
                            const char        *at)
{
  return (guint) (at - ladder_yaml_checker_line_start (checker, at));
}

gboolean
ladder_yaml_checker_skip_spaces (LadderYamlChecker *checker)
{
  while (*checker->p == ' ')
    checker->p++;

  if (*checker->p == '\t')
    return ladder_yaml_checker_fail (checker, checker->p, _("a tab outside quotes; use spaces"));

  return TRUE;
}

/* After a node: blanks, perhaps a comment, then the end of the line. */
gboolean
ladder_yaml_checker_end_line (LadderYamlChecker *checker)
{
  const char *start = checker->p;

  if (!ladder_yaml_checker_skip_spaces (checker))
    return FALSE;

  if (*checker->p == '#'
      && (checker->p > start || checker->p == ladder_yaml_checker_line_start (checker, checker->p)))
    checker->p += strcspn (checker->p, "\n");

  if (*checker->p != '\n')
    return ladder_yaml_checker_fail (checker, checker->p, _("unexpected text after the value"));

  checker->p++;
  return TRUE;
}

/* Goes past blank and comment lines to the next line with content, and
 * returns its indentation (checker->p stays at the line's start), or -1 at
 * the end or on an error. */
int
ladder_yaml_checker_next_line (LadderYamlChecker *checker)
{
  for (;;)
    {
      const char *q = checker->p;
      int indent = 0;

      if (*q == '\0')
        return -1;

      while (*q == ' ')
        {
          q++;
          indent++;
        }

      if (*q == '\n')
        {
          checker->p = q + 1;
          continue;
        }

      if (*q == '#')
        {
          checker->p = q + strcspn (q, "\n");
          if (*checker->p == '\n')
            checker->p++;
          continue;
        }

      if (*q == '\t')
        {
          ladder_yaml_checker_fail (checker, q, _("a tab in the indentation; use spaces"));
          return -1;
        }

      if (indent == 0 && is_document_marker (q))
        {
          ladder_yaml_checker_fail (checker, q,
                                    _("a “---” or “...” line would end the front matter’s YAML"));
          return -1;
        }

      return indent;
    }
}

gboolean
ladder_yaml_checker_enter (LadderYamlChecker *checker)
{
  if (++checker->depth > LADDER_YAML_MAX_DEPTH)
    return ladder_yaml_checker_fail (checker, checker->p, _("nested too deep"));
  return TRUE;
}

/* The start of a continuation line of a quoted or flow scalar: indented
 * under its collection, except that at the top level, where every YAML
 * reader takes them, lines may start at the margin. */
gboolean
ladder_yaml_checker_continue_line (LadderYamlChecker *checker,
                                   int               indent,
                                   gboolean          at_margin_too)
{
  const char *line = checker->p;
  int spaces = 0;

  while (line[spaces] == ' ')
    spaces++;

  if (line[spaces] == '\t' && !is_break_or_end (line[spaces + 1]))
    return ladder_yaml_checker_fail (checker, line + spaces,
                                     _("a tab in the indentation; use spaces"));

  if (spaces == 0 && is_document_marker (line))
    return ladder_yaml_checker_fail (checker, line,
                                     _("a “---” or “...” line would end the front matter’s YAML"));

  if (!is_break_or_end (line[spaces]) && line[spaces] != '\t' && spaces <= indent
      && !(at_margin_too && indent == 0))
    return ladder_yaml_checker_fail (checker, line, _("the value’s next line must be indented"));

  checker->p = line + spaces;
  return TRUE;
}

gboolean
ladder_yaml_check_double_quoted (LadderYamlChecker *checker,
                                 int               indent)
{
  const char *open = checker->p;

  for (checker->p++; *checker->p != '"'; checker->p++)
    {
      const char *p = checker->p;

      if (*p == '\0')
        return ladder_yaml_checker_fail (checker, open, _("the quotes are not closed"));

      if (*p == '\n')
        {
          checker->p++;
          if (!ladder_yaml_checker_continue_line (checker, indent, TRUE))
            return FALSE;
          checker->p--;
          continue;
        }

      if (*p != '\\')
        continue;

      p++;
      if (*p != '\0' && strchr ("\\\"/nt\tr abefvN_LP\n", *p) != NULL)
        {
          if (*p == '\n')
            {
              checker->p = p + 1;
              if (!ladder_yaml_checker_continue_line (checker, indent, TRUE))
                return FALSE;
              checker->p--;
            }
          else
            {
              checker->p = p;
            }
          continue;
        }

      if (*p == 'x' || *p == 'u' || *p == 'U')
        {
          int width = *p == 'x' ? 2 : *p == 'u' ? 4 : 8;
          gunichar c = 0;

          for (int i = 1; i <= width; i++)
            {
              int digit = g_ascii_xdigit_value (p[i]);

              if (digit < 0)
                return ladder_yaml_checker_fail (checker, p - 1,
                                                 _("a “\\%c” escape needs %d hexadecimal digits"),
                                                 *p, width);
              c = (c << 4) | (gunichar) digit;
            }

          if (c == 0 || !g_unichar_validate (c))
            return ladder_yaml_checker_fail (checker, p - 1,
                                             _("the escape does not stand for a character"));

          checker->p = p + width;
          continue;
        }

      return ladder_yaml_checker_fail (checker, p - 1, _("“\\%c” is not a YAML escape"), *p);
    }

  checker->p++;
  return TRUE;
}

gboolean
ladder_yaml_check_single_quoted (LadderYamlChecker *checker,
                                 int               indent)
{
  const char *open = checker->p;

  for (checker->p++;; checker->p++)
    {
      if (*checker->p == '\0')
        return ladder_yaml_checker_fail (checker, open, _("the quotes are not closed"));

      if (*checker->p == '\n')
        {
          checker->p++;
          if (!ladder_yaml_checker_continue_line (checker, indent, TRUE))
            return FALSE;
          checker->p--;
          continue;
        }

      if (*checker->p == '\'')
        {
          if (checker->p[1] != '\'')
            break;
          checker->p++;
        }
    }

  checker->p++;
  return TRUE;
}

/* A literal or folded block scalar: the header, then lines indented more
 * than @indent. */
gboolean
ladder_yaml_check_block_scalar (LadderYamlChecker *checker,
                                int               indent)
{
  const char *p = checker->p + 1;
  int explicit_indent = 0;
  gboolean chomping = FALSE;
  int content = 0;
  int most_blank = 0;

  for (; (*p >= '1' && *p <= '9') || *p == '+' || *p == '-'; p++)
    {
      if (g_ascii_isdigit (*p) && explicit_indent == 0)
        explicit_indent = *p - '0';
      else if (!g_ascii_isdigit (*p) && !chomping)
        chomping = TRUE;
      else
        return ladder_yaml_checker_fail (checker, p,
                                         _("a block scalar’s header is “|” or “>”, then at most "
                                           "one digit and one “+” or “-”"));
    }

  if (*p != ' ' && !is_break_or_end (*p))
    return ladder_yaml_checker_fail (checker, p,
                                     _("a block scalar’s header is “|” or “>”, then at most one "
                                       "digit and one “+” or “-”"));

  checker->p = p;
  if (!ladder_yaml_checker_end_line (checker))
    return FALSE;

  if (explicit_indent > 0)
    content = indent + explicit_indent;

  for (;;)
    {
      const char *line = checker->p;
      int spaces = 0;

      if (*line == '\0')
        return TRUE;

      while (line[spaces] == ' ')
        spaces++;

      if (line[spaces] == '\n')
        {
          if (content == 0 && spaces > most_blank)
            most_blank = spaces;
          checker->p = line + spaces + 1;
          continue;
        }

      if (content == 0)
        {
          if (spaces <= indent)
            return TRUE;
          if (most_blank > spaces)
            return ladder_yaml_checker_fail (checker, line,
                                             _("a blank line at the start of a block scalar has "
                                               "more spaces than its text"));
          content = spaces;
        }

      if (spaces < content)
        {
          if (spaces > indent)
            return ladder_yaml_checker_fail (checker, line,
                                             _("this line of the block scalar is indented less "
                                               "than the ones above"));
          return TRUE;
        }

      checker->p = line + strcspn (line, "\n");
      if (*checker->p == '\n')
        checker->p++;
    }
}

/* One line of a plain scalar in a block, from @p; sets @commented when a
 * comment ends it. */
static gboolean
check_plain_line (LadderYamlChecker *checker,
                  const char        *p,
                  gboolean          *commented)
{
  *commented = FALSE;

  for (; *p != '\n'; p++)
    {
      if (*p == '\t')
        return ladder_yaml_checker_fail (checker, p, _("a tab outside quotes; use spaces"));

      if (*p == ':' && is_space_or_break (p[1]))
        return ladder_yaml_checker_fail (checker, p,
                                         _("a “: ” inside a value makes it a mapping; quote the "
                                           "value"));

      if (*p == '#' && p[-1] == ' ')
        {
          *commented = TRUE;
          p += strcspn (p, "\n");
          break;
        }
    }

  checker->p = p + 1;
  return TRUE;
}

gboolean
ladder_yaml_check_plain (LadderYamlChecker *checker,
                         int               indent)
{
  const char *p = checker->p;
  gboolean commented;

  if (strchr ("?:,[]{}#&*!|>'\"%@`", *p) != NULL || (*p == '-' && is_space_or_break (p[1])))
    return ladder_yaml_checker_fail (checker, p,
                                     _("a value cannot start with “%c” unless it is quoted"), *p);

  if (!check_plain_line (checker, p, &commented))
    return FALSE;

  /* Lines indented under the key go on with the value. */
  for (;;)
    {
      const char *line = checker->p;
      const char *q = line;
      int spaces = 0;

      while (*q == ' ' || *q == '\n')
        {
          spaces = *q == '\n' ? 0 : spaces + 1;
          q++;
        }

      if (*q == '\0' || spaces <= indent || *q == '#')
        return TRUE;

      if (*q == '\t')
        return ladder_yaml_checker_fail (checker, q, _("a tab in the indentation; use spaces"));

      if (commented)
        return ladder_yaml_checker_fail (checker, q, _("the value goes on after a comment"));

      if (strchr ("-?:,[]{}&*!|>'\"%@`", *q) != NULL)
        return ladder_yaml_checker_fail (checker, q,
                                         _("a value’s next line cannot start with “%c”; quote the "
                                           "value"),
                                         *q);

      if (!check_plain_line (checker, q, &commented))
        return FALSE;
    }
}
