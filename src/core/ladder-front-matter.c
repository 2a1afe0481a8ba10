/* ladder-front-matter.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-front-matter.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ladder-yaml.h"

/*
 * A checker, not a parser: it walks the YAML as libyaml (and so PyYAML and
 * the Go ports Hugo uses) would, keeps nothing but anchors and keys, and
 * stops at the first thing it is not sure every reader accepts. Where
 * readers differ or the rule is subtle it refuses, so what it accepts is
 * valid everywhere; tests/check-front-matter.py compares it with PyYAML.
 *
 * Indentation: a node inside a block collection at column N continues on
 * lines indented more than N. The text is LF-only and ends in a newline.
 */

#define MAX_DEPTH 64
#define MAX_KEY_LENGTH 1024

typedef struct
{
  const char *text;
  const char *p;
  GHashTable *anchors;
  GArray     *key_lines;
  /* Lines counted so far, for the keys' line numbers. */
  const char *counted;
  guint       counted_lines;
  const char *error_at;
  char       *error;
  guint       depth;
} Checker;

static gboolean G_GNUC_PRINTF (3, 4)
fail (Checker    *checker,
      const char *at,
      const char *format,
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

static const char *
line_start (Checker    *checker,
            const char *at)
{
  while (at > checker->text && at[-1] != '\n')
    at--;
  return at;
}

static guint
column_of (Checker    *checker,
           const char *at)
{
  return (guint) (at - line_start (checker, at));
}

static gboolean
is_break_or_end (char c)
{
  return c == '\n' || c == '\0';
}

static gboolean
is_space_or_break (char c)
{
  return c == ' ' || is_break_or_end (c);
}

static gboolean
is_flow_indicator (char c)
{
  return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

static gboolean
is_name_character (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '-';
}

static gboolean
is_document_marker (const char *line)
{
  return (strncmp (line, "---", 3) == 0 || strncmp (line, "...", 3) == 0)
         && (line[3] == ' ' || line[3] == '\t' || is_break_or_end (line[3]));
}

static gboolean
skip_spaces (Checker *checker)
{
  while (*checker->p == ' ')
    checker->p++;

  if (*checker->p == '\t')
    return fail (checker, checker->p, _("a tab outside quotes; use spaces"));

  return TRUE;
}

/* After a node: blanks, perhaps a comment, then the end of the line. */
static gboolean
end_line (Checker *checker)
{
  const char *start = checker->p;

  if (!skip_spaces (checker))
    return FALSE;

  if (*checker->p == '#' && (checker->p > start || checker->p == line_start (checker, checker->p)))
    checker->p += strcspn (checker->p, "\n");

  if (*checker->p != '\n')
    return fail (checker, checker->p, _("unexpected text after the value"));

  checker->p++;
  return TRUE;
}

/* Goes past blank and comment lines to the next line with content, and
 * returns its indentation (checker->p stays at the line's start), or -1 at
 * the end or on an error. */
static int
next_content_line (Checker *checker)
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
          fail (checker, q, _("a tab in the indentation; use spaces"));
          return -1;
        }

      if (indent == 0 && is_document_marker (q))
        {
          fail (checker, q, _("a “---” or “...” line would end the front matter's YAML"));
          return -1;
        }

      return indent;
    }
}

static gboolean
is_sequence_entry (const char *p)
{
  return *p == '-' && is_space_or_break (p[1]);
}

/* Whether @p starts "key:" followed by a blank or the end of the line. */
static gboolean
looks_like_mapping_entry (const char *p)
{
  if (*p == '"' || *p == '\'')
    {
      char quote = *p++;

      while (!is_break_or_end (*p))
        {
          if (quote == '"' && *p == '\\')
            {
              if (is_break_or_end (p[1]))
                return FALSE;
              p += 2;
            }
          else if (*p == quote && quote == '\'' && p[1] == '\'')
            {
              p += 2;
            }
          else if (*p == quote)
            {
              break;
            }
          else
            {
              p++;
            }
        }

      if (*p != quote)
        return FALSE;
      for (p++; *p == ' '; p++)
        ;
      return *p == ':' && is_space_or_break (p[1]);
    }

  if (strchr ("-?:,[]{}#&*!|>%@`", *p) != NULL)
    return FALSE;

  for (const char *start = p; !is_break_or_end (*p); p++)
    {
      if (*p == ':' && (is_space_or_break (p[1]) || p[1] == '\t'))
        return TRUE;
      if (*p == '#' && p > start && (p[-1] == ' ' || p[-1] == '\t'))
        return FALSE;
    }

  return FALSE;
}

static gboolean check_inline_node (Checker *checker,
                                   int      indent,
                                   gboolean mapping_value);
static gboolean check_block_value (Checker *checker,
                                   int      indent,
                                   gboolean mapping_value);
static gboolean check_flow_node   (Checker *checker,
                                   int      indent);

static gboolean
enter (Checker *checker)
{
  if (++checker->depth > MAX_DEPTH)
    return fail (checker, checker->p, _("nested too deep"));
  return TRUE;
}

/* The start of a continuation line of a quoted or flow scalar: indented
 * under its collection, except that at the top level, where every YAML
 * reader takes them, lines may start at the margin. */
static gboolean
continue_line (Checker *checker,
               int      indent,
               gboolean at_margin_too)
{
  const char *line = checker->p;
  int spaces = 0;

  while (line[spaces] == ' ')
    spaces++;

  if (line[spaces] == '\t' && !is_break_or_end (line[spaces + 1]))
    return fail (checker, line + spaces, _("a tab in the indentation; use spaces"));

  if (spaces == 0 && is_document_marker (line))
    return fail (checker, line, _("a “---” or “...” line would end the front matter's YAML"));

  if (!is_break_or_end (line[spaces]) && line[spaces] != '\t' && spaces <= indent
      && !(at_margin_too && indent == 0))
    return fail (checker, line, _("the value's next line must be indented"));

  checker->p = line + spaces;
  return TRUE;
}

static gboolean
check_double_quoted (Checker *checker,
                     int      indent)
{
  const char *open = checker->p;

  for (checker->p++; *checker->p != '"'; checker->p++)
    {
      const char *p = checker->p;

      if (*p == '\0')
        return fail (checker, open, _("the quotes are not closed"));

      if (*p == '\n')
        {
          checker->p++;
          if (!continue_line (checker, indent, TRUE))
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
              if (!continue_line (checker, indent, TRUE))
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
                return fail (checker, p - 1, _("a “\\%c” escape needs %d hexadecimal digits"), *p, width);
              c = (c << 4) | (gunichar) digit;
            }

          if (c == 0 || !g_unichar_validate (c))
            return fail (checker, p - 1, _("the escape does not stand for a character"));

          checker->p = p + width;
          continue;
        }

      return fail (checker, p - 1, _("“\\%c” is not a YAML escape"), *p);
    }

  checker->p++;
  return TRUE;
}

static gboolean
check_single_quoted (Checker *checker,
                     int      indent)
{
  const char *open = checker->p;

  for (checker->p++;; checker->p++)
    {
      if (*checker->p == '\0')
        return fail (checker, open, _("the quotes are not closed"));

      if (*checker->p == '\n')
        {
          checker->p++;
          if (!continue_line (checker, indent, TRUE))
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

/* Blanks, line breaks and comments inside a flow collection. */
static gboolean
skip_flow_space (Checker *checker,
                 int      indent)
{
  for (;;)
    {
      const char *start = checker->p;

      while (*checker->p == ' ')
        checker->p++;

      if (*checker->p == '\t')
        return fail (checker, checker->p, _("a tab outside quotes; use spaces"));

      if (*checker->p == '#' && (checker->p > start || checker->p == line_start (checker, checker->p)))
        checker->p += strcspn (checker->p, "\n");

      if (*checker->p != '\n')
        return TRUE;

      checker->p++;
      if (!continue_line (checker, indent, FALSE))
        return FALSE;
    }
}

/* A plain scalar inside a flow collection, on one line. */
static gboolean
check_flow_plain (Checker *checker)
{
  const char *p = checker->p;

  if (strchr ("?:#&*!|>'\"%@`", *p) != NULL || is_flow_indicator (*p)
      || (*p == '-' && (is_space_or_break (p[1]) || is_flow_indicator (p[1]))))
    return fail (checker, p, _("a value cannot start with “%c” unless it is quoted"), *p);

  for (; !is_break_or_end (*p); p++)
    {
      if (*p == '\t')
        return fail (checker, p, _("a tab outside quotes; use spaces"));
      if (is_flow_indicator (*p))
        break;
      if (*p == ':' && (is_space_or_break (p[1]) || is_flow_indicator (p[1])))
        break;
      if (*p == '#' && p[-1] == ' ')
        break;
    }

  checker->p = p;
  return TRUE;
}

static gboolean
check_flow_collection (Checker *checker,
                       int      indent)
{
  const char *open = checker->p;
  char close = *open == '[' ? ']' : '}';
  g_autoptr (GHashTable) keys = close == '}' ? g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) : NULL;

  if (!enter (checker))
    return FALSE;

  checker->p++;

  for (;;)
    {
      if (!skip_flow_space (checker, indent))
        return FALSE;

      if (*checker->p == close)
        break;

      if (*checker->p == '\0')
        return fail (checker, open, _("the “%c” is not closed"), *open);

      if (*checker->p == ',' || *checker->p == '\0')
        return fail (checker, checker->p, _("expected a value"));

      if (close == ']')
        {
          if (!check_flow_node (checker, indent) || !skip_flow_space (checker, indent))
            return FALSE;

          if (*checker->p == ':')
            return fail (checker, checker->p, _("a “key: value” pair inside a list is not supported; use “{key: value}”"));
        }
      else
        {
          const char *key = checker->p;
          g_autofree char *text = NULL;

          if (*key == '[' || *key == '{' || *key == '*' || *key == '&' || *key == '!')
            return fail (checker, key, _("a key must be text"));

          if (!check_flow_node (checker, indent))
            return FALSE;

          if (memchr (key, '\n', (gsize) (checker->p - key)) != NULL)
            return fail (checker, key, _("a key must be on one line"));

          text = g_strndup (key, (gsize) (checker->p - key));
          if (!g_hash_table_add (keys, g_steal_pointer (&text)))
            return fail (checker, key, _("the same key is given twice"));

          if (!skip_flow_space (checker, indent))
            return FALSE;

          if (*checker->p == ':')
            {
              checker->p++;
              if (!is_space_or_break (*checker->p) && !is_flow_indicator (*checker->p))
                return fail (checker, checker->p, _("a “:” must be followed by a space"));
              if (!skip_flow_space (checker, indent))
                return FALSE;
              if (*checker->p != ',' && *checker->p != close
                  && (!check_flow_node (checker, indent) || !skip_flow_space (checker, indent)))
                return FALSE;
            }
        }

      if (*checker->p == ',')
        checker->p++;
      else if (*checker->p == '\0')
        return fail (checker, open, _("the “%c” is not closed"), *open);
      else if (*checker->p != close)
        return fail (checker, checker->p, _("expected “,” or “%c”"), close);
    }

  checker->p++;
  checker->depth--;
  return TRUE;
}

/* Anchors and the one tag Ladder accepts, at most one of each. The anchor
 * is returned, to be known once its node ends: a node cannot refer to
 * itself. */
static gboolean
check_properties (Checker   *checker,
                  gboolean  *has_properties,
                  gboolean  *tagged,
                  char     **anchor)
{
  *has_properties = *tagged = FALSE;
  *anchor = NULL;

  for (;;)
    {
      const char *p = checker->p;

      if (*p == '&' && *anchor == NULL)
        {
          const char *name = ++p;

          while (is_name_character (*p))
            p++;
          if (p == name || !is_space_or_break (*p))
            return fail (checker, checker->p, _("an anchor is “&” and a name of letters, digits, “_” and “-”, then a space"));
          *anchor = g_strndup (name, (gsize) (p - name));
          if (g_hash_table_contains (checker->anchors, *anchor))
            return fail (checker, checker->p, _("the anchor “&%s” is given twice"), *anchor);
        }
      else if (*p == '!' && !*tagged)
        {
          if (strncmp (p, "!!str", 5) != 0 || !(is_space_or_break (p[5])))
            return fail (checker, p, _("YAML tags other than “!!str” are not supported"));
          p += 5;
          *tagged = TRUE;
        }
      else if (*p == '&' || *p == '!')
        {
          return fail (checker, p, _("a value can have one anchor and one tag"));
        }
      else
        {
          return TRUE;
        }

      *has_properties = TRUE;
      checker->p = p;
      if (!skip_spaces (checker))
        return FALSE;
    }
}

static gboolean
known_after (Checker  *checker,
             char     *anchor,
             gboolean  valid)
{
  if (valid && anchor != NULL)
    g_hash_table_add (checker->anchors, anchor);
  else
    g_free (anchor);

  return valid;
}

static gboolean
check_alias (Checker *checker)
{
  const char *name = checker->p + 1;
  const char *p = name;
  g_autofree char *text = NULL;

  while (is_name_character (*p))
    p++;

  if (!is_space_or_break (*p) && *p != ',' && *p != ']' && *p != '}')
    return fail (checker, checker->p, _("an alias is “*” and a name of letters, digits, “_” and “-”"));

  text = g_strndup (name, (gsize) (p - name));
  if (*text == '\0' || !g_hash_table_contains (checker->anchors, text))
    return fail (checker, checker->p, _("“*%s” refers to no anchor above it"), text);

  checker->p = p;
  return TRUE;
}

static gboolean
check_flow_content (Checker  *checker,
                    int       indent,
                    gboolean  has_properties,
                    gboolean  tagged)
{
  switch (*checker->p)
    {
    case '*':
      if (has_properties)
        return fail (checker, checker->p, _("an alias cannot have an anchor or a tag"));
      return check_alias (checker);
    case '"':
      return check_double_quoted (checker, indent);
    case '\'':
      return check_single_quoted (checker, indent);
    case '[':
    case '{':
      if (tagged)
        return fail (checker, checker->p, _("“!!str” can only be given to text"));
      return check_flow_collection (checker, indent);
    default:
      return check_flow_plain (checker);
    }
}

static gboolean
check_flow_node (Checker *checker,
                 int      indent)
{
  gboolean has_properties, tagged;
  char *anchor;

  if (!check_properties (checker, &has_properties, &tagged, &anchor))
    {
      g_free (anchor);
      return FALSE;
    }

  return known_after (checker, anchor, check_flow_content (checker, indent, has_properties, tagged));
}

/* A literal or folded block scalar: the header, then lines indented more
 * than @indent. */
static gboolean
check_block_scalar (Checker *checker,
                    int      indent)
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
        return fail (checker, p, _("a block scalar's header is “|” or “>”, then at most one digit and one “+” or “-”"));
    }

  if (*p != ' ' && !is_break_or_end (*p))
    return fail (checker, p, _("a block scalar's header is “|” or “>”, then at most one digit and one “+” or “-”"));

  checker->p = p;
  if (!end_line (checker))
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
            return fail (checker, line, _("a blank line at the start of a block scalar has more spaces than its text"));
          content = spaces;
        }

      if (spaces < content)
        {
          if (spaces > indent)
            return fail (checker, line, _("this line of the block scalar is indented less than the ones above"));
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
check_plain_line (Checker    *checker,
                  const char *p,
                  gboolean   *commented)
{
  *commented = FALSE;

  for (; *p != '\n'; p++)
    {
      if (*p == '\t')
        return fail (checker, p, _("a tab outside quotes; use spaces"));

      if (*p == ':' && is_space_or_break (p[1]))
        return fail (checker, p, _("a “: ” inside a value makes it a mapping; quote the value"));

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

static gboolean
check_plain (Checker *checker,
             int      indent)
{
  const char *p = checker->p;
  gboolean commented;

  if (strchr ("?:,[]{}#&*!|>'\"%@`", *p) != NULL || (*p == '-' && is_space_or_break (p[1])))
    return fail (checker, p, _("a value cannot start with “%c” unless it is quoted"), *p);

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
        return fail (checker, q, _("a tab in the indentation; use spaces"));

      if (commented)
        return fail (checker, q, _("the value goes on after a comment"));

      if (strchr ("-?:,[]{}&*!|>'\"%@`", *q) != NULL)
        return fail (checker, q, _("a value's next line cannot start with “%c”; quote the value"), *q);

      if (!check_plain_line (checker, q, &commented))
        return FALSE;
    }
}

static gboolean
check_block_mapping (Checker  *checker,
                     int       indent,
                     gboolean  top_level)
{
  g_autoptr (GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!enter (checker))
    return FALSE;

  for (;;)
    {
      const char *key = checker->p;
      const char *end;
      g_autofree char *text = NULL;
      int next;

      if (*key == '"' || *key == '\'')
        {
          if (top_level)
            return fail (checker, key, _("a front matter key must be a plain word"));
          if (!(*key == '"' ? check_double_quoted (checker, indent) : check_single_quoted (checker, indent)))
            return FALSE;
          end = checker->p;
          if (memchr (key, '\n', (gsize) (end - key)) != NULL)
            return fail (checker, key, _("a key must be on one line"));
        }
      else
        {
          for (end = key; !is_break_or_end (*end) && !(*end == ':' && is_space_or_break (end[1])); end++)
            if (*end == '\t' || (*end == '#' && end > key && end[-1] == ' '))
              break;

          if (*end != ':' && memchr (key, ':', (gsize) (end - key)) != NULL)
            return fail (checker, key, _("a “:” after a key must be followed by a space"));
          if (*end != ':')
            return fail (checker, key, _("expected “key: value”"));

          while (end > key && end[-1] == ' ')
            end--;

          text = g_strndup (key, (gsize) (end - key));

          if (top_level && !ladder_front_matter_key_is_valid (text))
            return fail (checker, key, _("“%s” cannot be a front matter key: use letters, digits, “_”, “-” and “.”, starting with a letter"),
                         text);

          if (!top_level && (*key == '-' || *key == '?' || *key == ':'))
            return fail (checker, key, _("a key cannot start with “%c” unless it is quoted"), *key);

          checker->p = end;
        }

      if (text == NULL)
        text = g_strndup (key, (gsize) (end - key));

      if (end - key > MAX_KEY_LENGTH)
        return fail (checker, key, _("a key may be at most %d characters long"), MAX_KEY_LENGTH);

      if (g_hash_table_contains (keys, text))
        return fail (checker, key, _("the key “%s” is given twice"), text);
      g_hash_table_add (keys, g_strdup (text));

      if (top_level && checker->key_lines != NULL)
        {
          guint line;

          for (; checker->counted < key; checker->counted++)
            checker->counted_lines += *checker->counted == '\n';
          line = checker->counted_lines + 1;
          g_array_append_val (checker->key_lines, line);
        }

      while (*checker->p == ' ')
        checker->p++;
      if (*checker->p != ':')
        return fail (checker, checker->p, _("expected “:” after the key"));
      checker->p++;
      if (!is_space_or_break (*checker->p))
        return fail (checker, checker->p, _("a “:” after a key must be followed by a space"));

      if (!skip_spaces (checker))
        return FALSE;

      if (*checker->p == '\n' || *checker->p == '#')
        {
          if (!end_line (checker) || !check_block_value (checker, indent, TRUE))
            return FALSE;
        }
      else if (!check_inline_node (checker, indent, TRUE))
        {
          return FALSE;
        }

      next = next_content_line (checker);
      if (checker->error != NULL)
        return FALSE;

      if (next < indent)
        break;

      if (next > indent)
        return fail (checker, checker->p + next, _("this line is indented more than the keys above it"));

      checker->p += next;
      if (is_sequence_entry (checker->p))
        return fail (checker, checker->p, _("a list item here belongs to no key"));
    }

  checker->depth--;
  return TRUE;
}

static gboolean
check_block_sequence (Checker *checker,
                      int      indent)
{
  if (!enter (checker))
    return FALSE;

  for (;;)
    {
      int next;

      checker->p++;
      if (!skip_spaces (checker))
        return FALSE;

      if (*checker->p == '\n' || *checker->p == '#')
        {
          if (!end_line (checker) || !check_block_value (checker, indent, FALSE))
            return FALSE;
        }
      else
        {
          int column = (int) column_of (checker, checker->p);

          if (is_sequence_entry (checker->p))
            {
              if (!check_block_sequence (checker, column))
                return FALSE;
            }
          else if (looks_like_mapping_entry (checker->p))
            {
              if (!check_block_mapping (checker, column, FALSE))
                return FALSE;
            }
          else if (!check_inline_node (checker, indent, FALSE))
            {
              return FALSE;
            }
        }

      next = next_content_line (checker);
      if (checker->error != NULL)
        return FALSE;

      if (next == indent && is_sequence_entry (checker->p + next))
        {
          checker->p += next;
          continue;
        }

      if (next > indent)
        return fail (checker, checker->p + next, _("this line is indented more than the list items above it"));

      break;
    }

  checker->depth--;
  return TRUE;
}

/* A value on the lines after its key or "-": a block collection, or a
 * scalar indented under it, or nothing. */
static gboolean
check_block_value (Checker *checker,
                   int      indent,
                   gboolean mapping_value)
{
  int next = next_content_line (checker);
  const char *content;

  if (checker->error != NULL)
    return FALSE;

  if (next < 0)
    return TRUE;

  content = checker->p + next;

  /* A mapping's value may be a list at the key's own indentation. */
  if (next == indent && mapping_value && is_sequence_entry (content))
    {
      checker->p = content;
      return check_block_sequence (checker, next);
    }

  if (next <= indent)
    return TRUE;

  checker->p = content;

  if (is_sequence_entry (content))
    return check_block_sequence (checker, next);

  if (looks_like_mapping_entry (content))
    return check_block_mapping (checker, next, FALSE);

  return check_inline_node (checker, indent, mapping_value);
}

/* A node that starts on the current line, after a key or "-". */
static gboolean
check_inline_content (Checker  *checker,
                      int       indent,
                      gboolean  mapping_value,
                      gboolean  has_properties,
                      gboolean  tagged)
{
  if (has_properties && (*checker->p == '\n' || *checker->p == '#'))
    {
      if (tagged)
        return fail (checker, checker->p, _("“!!str” can only be given to text"));
      return end_line (checker) && check_block_value (checker, indent, mapping_value);
    }

  switch (*checker->p)
    {
    case '*':
      if (has_properties)
        return fail (checker, checker->p, _("an alias cannot have an anchor or a tag"));
      return check_alias (checker) && end_line (checker);

    case '"':
      return check_double_quoted (checker, indent) && end_line (checker);

    case '\'':
      return check_single_quoted (checker, indent) && end_line (checker);

    case '[':
    case '{':
      if (tagged)
        return fail (checker, checker->p, _("“!!str” can only be given to text"));
      return check_flow_collection (checker, indent) && end_line (checker);

    case '|':
    case '>':
      return check_block_scalar (checker, indent);

    default:
      if (is_sequence_entry (checker->p) || looks_like_mapping_entry (checker->p))
        return fail (checker, checker->p,
                     mapping_value ? _("a list or a mapping must start on the line after its key")
                                   : _("expected a value"));
      return check_plain (checker, indent);
    }
}

static gboolean
check_inline_node (Checker *checker,
                   int      indent,
                   gboolean mapping_value)
{
  gboolean has_properties, tagged;
  char *anchor;

  if (!check_properties (checker, &has_properties, &tagged, &anchor))
    {
      g_free (anchor);
      return FALSE;
    }

  return known_after (checker, anchor,
                      check_inline_content (checker, indent, mapping_value, has_properties, tagged));
}

/* Characters YAML readers refuse, or take for line breaks that the page
 * does not have (a CR alone, NEL, LS, PS). */
static const char *
find_bad_character (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t' || c == '\n' || (c == '\r' && p[1] == '\n'))
        continue;

      if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
          || c == 0xfffe || c == 0xffff || (c >= 0xd800 && c <= 0xdfff))
        return p;
    }

  return NULL;
}

static void
position_of (const char *text,
             const char *at,
             guint      *line,
             guint      *column)
{
  *line = 1;
  *column = 1;

  for (const char *p = text; p < at; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (*p != '\r')
        {
          (*column)++;
        }
    }
}

gboolean
ladder_front_matter_key_is_valid (const char *key)
{
  static const char * const reserved[] = {
    "y", "n", "yes", "no", "true", "false", "on", "off", "null", NULL
  };

  if (key == NULL || !(g_ascii_isalpha (*key) || *key == '_'))
    return FALSE;

  for (const char *p = key; *p != '\0'; p++)
    if (!(g_ascii_isalnum (*p) || *p == '_' || *p == '-' || *p == '.'))
      return FALSE;

  for (guint i = 0; reserved[i] != NULL; i++)
    if (g_ascii_strcasecmp (key, reserved[i]) == 0)
      return FALSE;

  return TRUE;
}

gboolean
ladder_front_matter_check (const char  *yaml,
                           GArray      *key_lines,
                           guint       *line,
                           guint       *column,
                           char       **message)
{
  g_autoptr (GString) text = NULL;
  g_autoptr (GHashTable) anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *bad;
  Checker checker = { 0 };
  int first;

  g_return_val_if_fail (yaml != NULL, FALSE);

  *message = NULL;
  *line = *column = 0;

  if (!g_utf8_validate (yaml, -1, NULL))
    {
      *line = *column = 1;
      *message = g_strdup (_("the front matter is not valid UTF-8"));
      return FALSE;
    }

  /* Hugo ends the front matter at the first line starting with "---". */
  for (const char *p = yaml; p != NULL; p = strchr (p, '\n'))
    {
      if (*p == '\n')
        p++;
      if (g_str_has_prefix (p, "---"))
        {
          position_of (yaml, p, line, column);
          *message = g_strdup (_("a line starting with “---” would end the front matter"));
          return FALSE;
        }
    }

  bad = find_bad_character (yaml);
  if (bad != NULL)
    {
      position_of (yaml, bad, line, column);
      *message = g_strdup_printf (_("the character U+%04X is not allowed in front matter: YAML readers "
                                    "refuse it or take it for a line break"),
                                  g_utf8_get_char (bad));
      return FALSE;
    }

  /* CRLF line breaks are line breaks: they go, keeping every position. */
  text = g_string_sized_new (strlen (yaml) + 1);
  for (const char *p = yaml; *p != '\0'; p++)
    if (*p != '\r')
      g_string_append_c (text, *p);
  if (text->len > 0 && text->str[text->len - 1] != '\n')
    g_string_append_c (text, '\n');

  checker.text = checker.p = checker.counted = text->str;
  checker.anchors = anchors;
  checker.key_lines = key_lines;

  first = next_content_line (&checker);
  if (checker.error == NULL && first > 0)
    fail (&checker, checker.p, _("the front matter's first key must not be indented"));
  else if (checker.error == NULL && first == 0)
    {
      if (check_block_mapping (&checker, 0, TRUE) && next_content_line (&checker) >= 0)
        fail (&checker, checker.p, _("expected “key: value”"));
    }

  if (checker.error == NULL)
    return TRUE;

  {
    /* The position in the text as given, with its CRs. */
    guint wanted = (guint) (checker.error_at - text->str);
    const char *at = yaml;

    for (guint seen = 0; *at != '\0' && seen < wanted; at++)
      if (*at != '\r')
        seen++;
    position_of (yaml, at, line, column);
  }

  *message = g_steal_pointer (&checker.error);
  return FALSE;
}

static gboolean
is_blank_or_comment (const char *line)
{
  while (*line == ' ' || *line == '\t')
    line++;

  return *line == '\0' || *line == '#' || g_str_equal (line, "\r");
}

gboolean
ladder_front_matter_check_family (LadderFamily  *family,
                                  guint         *entry,
                                  guint         *line,
                                  guint         *column,
                                  char         **message)
{
  guint n_entries = ladder_family_get_n_front_matter (family);
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) key_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *problem = NULL;
  guint current = 1;
  guint next_key = 0;

  g_return_val_if_fail (LADDER_IS_FAMILY (family), FALSE);

  *entry = 0;
  *line = 0;
  *column = 1;
  *message = NULL;

  for (guint i = 0; i < n_entries; i++)
    {
      const char *key = ladder_family_get_front_matter_key (family, i);
      const char *yaml = ladder_family_get_front_matter_yaml (family, i);

      g_array_append_val (starts, current);

      if (key == NULL && (strchr (yaml, '\n') != NULL || !is_blank_or_comment (yaml)))
        {
          *entry = i;
          *line = current;
          *message = g_strdup (_("a line of the front matter without a key may only be a comment"));
          return FALSE;
        }

      if (key != NULL && !ladder_front_matter_key_is_valid (key))
        {
          *entry = i;
          *line = current;
          *message = g_strdup_printf (_("“%s” cannot be a front matter key: use letters, digits, “_”, “-” "
                                        "and “.”, starting with a letter"),
                                      key);
          return FALSE;
        }

      if (key != NULL)
        {
          g_string_append (text, key);
          g_string_append_c (text, ':');
        }
      g_string_append (text, yaml);
      g_string_append_c (text, '\n');

      for (const char *p = yaml; *p != '\0'; p++)
        current += *p == '\n';
      current++;
    }

  if (!ladder_front_matter_check (text->str, key_lines, line, column, &problem))
    {
      guint i = 0;

      while (i + 1 < n_entries && g_array_index (starts, guint, i + 1) <= *line)
        i++;
      *entry = i;

      if (ladder_family_get_front_matter_key (family, i) != NULL)
        /* TRANSLATORS: the first %s is a front matter key, the second what is wrong with its value */
        *message = g_strdup_printf (_("front matter “%s”: %s"), ladder_family_get_front_matter_key (family, i),
                                    problem);
      else
        *message = g_steal_pointer (&problem);
      return FALSE;
    }

  /* Each entry with a key is one key of the mapping, and no other line
   * starts one: a value cannot hide a key in its lines. */
  for (guint i = 0; i < n_entries; i++)
    {
      const char *key = ladder_family_get_front_matter_key (family, i);
      guint start = g_array_index (starts, guint, i);

      if (key == NULL)
        continue;

      if (next_key >= key_lines->len || g_array_index (key_lines, guint, next_key) != start)
        {
          *entry = i;
          *line = start;
          *message = g_strdup_printf (_("front matter “%s”: the value above does not end before this "
                                        "line, so YAML reads no key here"),
                                      key);
          return FALSE;
        }

      if (next_key + 1 < key_lines->len
          && (i + 1 == n_entries
              || g_array_index (key_lines, guint, next_key + 1) < g_array_index (starts, guint, i + 1)))
        {
          *entry = i;
          *line = start;
          *message = g_strdup_printf (_("front matter “%s”: the value holds another key"), key);
          return FALSE;
        }

      next_key++;
    }

  if (next_key != key_lines->len)
    {
      *entry = n_entries > 0 ? n_entries - 1 : 0;
      *line = g_array_index (key_lines, guint, next_key);
      *message = g_strdup (_("the front matter holds a key in a line that is not its own"));
      return FALSE;
    }

  return TRUE;
}

char *
ladder_front_matter_dup_read_only_reason (const char *key,
                                          const char *yaml)
{
  g_autofree char *value = NULL;
  const char *p;

  if (yaml == NULL)
    return NULL;

  value = ladder_yaml_decode_scalar (yaml);
  if (value != NULL)
    return NULL;

  /* The value's first text, past blanks and comments. */
  for (p = yaml;;)
    {
      while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
      if (*p != '#')
        break;
      p += strcspn (p, "\n");
    }

  /* Nothing, or only a comment: a value can be given. */
  if (*p == '\0')
    return NULL;

  if (*p == '[' || *p == '-')
    /* TRANSLATORS: %s is a front matter key such as "title" */
    return g_strdup_printf (_("The page gives “%s” as a list; change it in the page itself."), key);

  if (*p == '{' || strchr (p, ':') != NULL)
    return g_strdup_printf (_("The page gives “%s” as a set of keys; change it in the page itself."), key);

  if (*p == '&' || *p == '*' || *p == '!')
    return g_strdup_printf (_("The page gives “%s” with a YAML anchor, alias or tag, which Ladder "
                              "would lose; change it in the page itself."),
                            key);

  return g_strdup_printf (_("Ladder cannot read the page's “%s” as text; change it in the page itself."),
                          key);
}
