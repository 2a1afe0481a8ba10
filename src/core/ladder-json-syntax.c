/* ladder-json-syntax.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-json-private.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ladder-error.h"
#include "ladder-file.h"
#include "ladder-json.h"
#include "ladder-role.h"
#include "ladder-utf8.h"

/*
 * json-glib reads more than JSON: comments, single-quoted strings, hex and
 * octal numbers, unknown escapes, a second value after the first, and
 * integers past 64 bits, which it wraps around (a "job_grade" of
 * -99999999999999999999 would read as 1). It also parses nested values by
 * recursion, so a hostile file nested deep enough would exhaust the stack.
 * So the text is checked against RFC 8259 first, by recursion bounded by
 * MAX_DEPTH (job family files nest a few levels), and json-glib is only
 * handed files that are plain JSON. The check also counts the members of
 * all objects, to notice a key given twice.
 *
 * The same pass keeps the file within the bounds of the format (see
 * ladder-json.h): it counts the values, and the elements of the arrays
 * that become the model's lists, and stops at the first one too many,
 * before json-glib has built a node of the file.
 */
#define MAX_DEPTH 64
/* An object's member names compared with each other to tell one given
 * twice (the format's objects have fewer); past that, json-glib's tree
 * is counted instead. */
#define MAX_NAMES_COMPARED 32

/* What the value being read stands for, so far as the bounds care. */
typedef enum
{
  PLACE_OTHER,
  PLACE_FAMILY,
  PLACE_FRONT_MATTER,
  PLACE_SECTIONS,
  PLACE_ROLES,
  PLACE_ROLE,
  PLACE_BULLETS,
  PLACE_SUBSECTIONS,
} Place;

typedef struct
{
  const char *data;
  const char *end;
  const char *p;
  const char *filename;
  gsize       n_members;
  /* A member name given twice in one object; one not compared. */
  gboolean names_repeated;
  gboolean names_unsure;
  gsize    n_values;
  gsize    n_bullets;
  gsize    n_sections;
  /* The bound passed, in words, when that is what stopped the check. */
  char              *bound;
  LadderJsonOutline *outline;
  GError           **error;
} Syntax;

static gboolean G_GNUC_PRINTF (3, 4)
    syntax_fail (Syntax *syntax, const char *at, const char *format, ...)
{
  g_autofree char *message = NULL;
  int              line, column;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  ladder_text_position (syntax->data, at, &line, &column);
  ladder_set_error_at (syntax->error, LADDER_ERROR_SYNTAX, syntax->filename, line, column, "%s",
                       message);
  return FALSE;
}

static gboolean
syntax_unexpected (Syntax *syntax, const char *expected)
{
  guchar c;

  if (syntax->p >= syntax->end)
    /* TRANSLATORS: %s is what was expected, such as "“,” or “}”" */
    return syntax_fail (syntax, syntax->p, _ ("the file ends where %s should follow"), expected);

  c = (guchar) *syntax->p;
  if (c == '/')
    return syntax_fail (syntax, syntax->p, _ ("comments are not allowed in JSON"));
  if (c >= 0x21 && c < 0x7f)
    /* TRANSLATORS: "unexpected “'”, expected a value" */
    return syntax_fail (syntax, syntax->p, _ ("unexpected “%c”, expected %s"), c, expected);

  return syntax_fail (syntax, syntax->p, _ ("unexpected byte 0x%02x, expected %s"), c, expected);
}

static inline gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static void
skip_space (Syntax *syntax)
{
  while (syntax->p < syntax->end && is_space (*syntax->p))
    syntax->p++;
}

static gboolean
skip_literal (Syntax *syntax, const char *word)
{
  gsize length = strlen (word);

  if ((gsize) (syntax->end - syntax->p) < length || memcmp (syntax->p, word, length) != 0)
    return syntax_unexpected (syntax, _ ("a value"));

  syntax->p += length;
  return TRUE;
}

static int
hex_quad (const char *p, const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;

  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

static gboolean
skip_string (Syntax *syntax)
{
  const char *start = syntax->p;

  syntax->p++;
  for (;;)
    {
      guchar c;

      /* Plain text, a word at a time. */
      while (syntax->end - syntax->p >= (gssize) sizeof (guint64))
        {
          guint64 word;

          memcpy (&word, syntax->p, sizeof word);
          if (!ladder_word_is_plain_json (word))
            break;
          syntax->p += sizeof word;
        }

      if (syntax->p >= syntax->end)
        return syntax_fail (syntax, start, _ ("the string is never closed"));

      c = (guchar) *syntax->p;
      if (c == '"')
        {
          syntax->p++;
          return TRUE;
        }

      if (c < 0x20)
        return syntax_fail (syntax, syntax->p,
                            _ ("a control character in a string must be written as an escape"));

      /* Only strings may hold other than ASCII: this is where the file is
       * checked to be UTF-8. */
      if (c >= 0x80)
        {
          gsize n = ladder_utf8_sequence_length (syntax->p, (gsize) (syntax->end - syntax->p));

          if (n == 0)
            return syntax_fail (syntax, syntax->p, _ ("the file is not valid UTF-8"));
          syntax->p += n;
          continue;
        }

      if (c != '\\')
        {
          syntax->p++;
          continue;
        }

      if (syntax->end - syntax->p < 2)
        return syntax_fail (syntax, start, _ ("the string is never closed"));

      switch (syntax->p[1])
        {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
          syntax->p += 2;
          break;

        case 'u':
          {
            int unit = hex_quad (syntax->p + 2, syntax->end);

            if (unit < 0)
              return syntax_fail (syntax, syntax->p,
                                  _ ("“\\u” must be followed by four hexadecimal digits"));
            if (unit == 0)
              return syntax_fail (syntax, syntax->p,
                                  _ ("a string cannot hold the NUL character (\\u0000)"));

            if (unit >= 0xdc00 && unit <= 0xdfff)
              return syntax_fail (syntax, syntax->p,
                                  _ ("“\\u%04x” is half of a surrogate pair, alone"), (guint) unit);

            if (unit >= 0xd800 && unit <= 0xdbff)
              {
                int low
                    = syntax->end - syntax->p >= 12 && syntax->p[6] == '\\' && syntax->p[7] == 'u'
                          ? hex_quad (syntax->p + 8, syntax->end)
                          : -1;

                if (low < 0xdc00 || low > 0xdfff)
                  return syntax_fail (syntax, syntax->p,
                                      _ ("“\\u%04x” is half of a surrogate pair, alone"),
                                      (guint) unit);
                syntax->p += 6;
              }

            syntax->p += 6;
          }
          break;

        default:
          return syntax_fail (syntax, syntax->p, _ ("“\\%c” is not an escape JSON knows"),
                              g_ascii_isprint (syntax->p[1]) ? syntax->p[1] : '?');
        }
    }
}

static gboolean
skip_digits (Syntax *syntax)
{
  const char *start = syntax->p;

  while (syntax->p < syntax->end && g_ascii_isdigit (*syntax->p))
    syntax->p++;

  return syntax->p > start || syntax_unexpected (syntax, _ ("a digit"));
}

static gboolean
skip_number (Syntax *syntax)
{
  const char      *start = syntax->p;
  gboolean         integer = TRUE;
  g_autofree char *text = NULL;

  if (*syntax->p == '-')
    syntax->p++;

  if (syntax->p < syntax->end && *syntax->p == '0')
    {
      syntax->p++;
      if (syntax->p < syntax->end && g_ascii_isdigit (*syntax->p))
        return syntax_fail (syntax, syntax->p, _ ("a number cannot start with the digit 0"));
    }
  else if (!skip_digits (syntax))
    {
      return FALSE;
    }

  if (syntax->p < syntax->end && *syntax->p == '.')
    {
      syntax->p++;
      integer = FALSE;
      if (!skip_digits (syntax))
        return FALSE;
    }

  if (syntax->p < syntax->end && (*syntax->p == 'e' || *syntax->p == 'E'))
    {
      syntax->p++;
      integer = FALSE;
      if (syntax->p < syntax->end && (*syntax->p == '+' || *syntax->p == '-'))
        syntax->p++;
      if (!skip_digits (syntax))
        return FALSE;
    }

  /* json-glib would wrap a large integer around, and write an overflowing
   * number as "inf", which is not JSON. */
  text = g_strndup (start, (gsize) (syntax->p - start));
  errno = 0;
  if (integer)
    g_ascii_strtoll (text, NULL, 10);
  else if (!isfinite (g_ascii_strtod (text, NULL)))
    errno = ERANGE;

  if (errno == ERANGE)
    {
      /* A number of ten million digits is shown by its start. */
      if (strlen (text) > 24)
        strcpy (text + 20, "…");
      return syntax_fail (syntax, syntax->p, _ ("the number %s is out of range"), text);
    }

  return TRUE;
}

static gboolean skip_value (Syntax *syntax, int depth, Place place);

/* A member name as json-glib will read it, when it is short and plain
 * enough to be one the bounds care about; "" otherwise. */
static void
decode_name (const char *start, const char *end, char name[32])
{
  gsize n = 0;

  name[0] = '\0';
  for (const char *p = start + 1; p < end - 1; p++)
    {
      char c = *p;

      if (c == '\\')
        {
          int unit = p[1] == 'u' ? hex_quad (p + 2, end) : -1;

          /* No name the bounds care about needs another escape. */
          if (unit <= 0 || unit > 0x7e)
            {
              name[0] = '\0';
              return;
            }
          c = (char) unit;
          p += 5;
        }

      if (n + 1 >= 32)
        {
          name[0] = '\0';
          return;
        }
      name[n++] = c;
    }
  name[n] = '\0';
}

static Place
member_place (Place object, const char *name)
{
  if (object == PLACE_FAMILY)
    {
      if (g_str_equal (name, "roles"))
        return PLACE_ROLES;
      if (g_str_equal (name, "sections"))
        return PLACE_SECTIONS;
      if (g_str_equal (name, "front_matter"))
        return PLACE_FRONT_MATTER;
    }
  else if (object == PLACE_ROLE)
    {
      if (g_str_equal (name, "responsibilities") || g_str_equal (name, "requirements"))
        return PLACE_BULLETS;
      if (g_str_equal (name, "subsections"))
        return PLACE_SUBSECTIONS;
    }

  return PLACE_OTHER;
}

typedef enum
{
  BOUND_ROLES,
  BOUND_FRONT_MATTER,
  BOUND_BULLETS_IN_LIST,
  BOUND_BULLETS,
  BOUND_SECTIONS,
  BOUND_SUBSECTIONS,
  BOUND_ALL_SECTIONS,
  BOUND_VALUES,
} Bound;

static char *
describe_bound (Bound bound)
{
  switch (bound)
    {
    case BOUND_ROLES:
      return g_strdup_printf (_ ("too many roles: Ladder reads at most %d in a family"),
                              LADDER_MAX_ROLES);
    case BOUND_FRONT_MATTER:
      return g_strdup_printf (_ ("too many front matter entries: Ladder reads at most %d"),
                              LADDER_MAX_FRONT_MATTER);
    case BOUND_BULLETS_IN_LIST:
      return g_strdup_printf (_ ("too many bullets in one list: Ladder reads at most %d"),
                              LADDER_MAX_BULLETS_PER_LIST);
    case BOUND_BULLETS:
      return g_strdup_printf (_ ("too many bullets: Ladder reads at most %d in a family"),
                              LADDER_MAX_BULLETS);
    case BOUND_SECTIONS:
      return g_strdup_printf (_ ("too many sections: Ladder reads at most %d in a family"),
                              LADDER_MAX_SECTIONS);
    case BOUND_SUBSECTIONS:
      return g_strdup_printf (_ ("too many subsections in one role: Ladder reads at most %d"),
                              LADDER_MAX_SECTIONS);
    case BOUND_ALL_SECTIONS:
      return g_strdup_printf (
          _ ("too many sections and subsections: Ladder reads at most %d in a family"),
          LADDER_MAX_ALL_SECTIONS);
    case BOUND_VALUES:
    default:
      return g_strdup_printf (_ ("too many values: Ladder reads at most %d in a file"),
                              LADDER_MAX_JSON_VALUES);
    }
}

static gboolean
bound_fail (Syntax *syntax, const char *at, Bound bound)
{
  int line, column;

  g_free (syntax->bound);
  syntax->bound = describe_bound (bound);

  ladder_text_position (syntax->data, at, &line, &column);
  ladder_set_error_at (syntax->error, LADDER_ERROR_TOO_LARGE, syntax->filename, line, column, "%s",
                       syntax->bound);
  return FALSE;
}

/* Counts the element of an array at @place that starts here; refuses the
 * first one past a bound. */
static gboolean
count_element (Syntax *syntax, Place place, gsize index_)
{
  switch (place)
    {
    case PLACE_ROLES:
      if (index_ >= LADDER_MAX_ROLES)
        return bound_fail (syntax, syntax->p, BOUND_ROLES);
      break;

    case PLACE_FRONT_MATTER:
      if (index_ >= LADDER_MAX_FRONT_MATTER)
        return bound_fail (syntax, syntax->p, BOUND_FRONT_MATTER);
      break;

    case PLACE_BULLETS:
      if (index_ >= LADDER_MAX_BULLETS_PER_LIST)
        return bound_fail (syntax, syntax->p, BOUND_BULLETS_IN_LIST);
      if (++syntax->n_bullets > LADDER_MAX_BULLETS)
        return bound_fail (syntax, syntax->p, BOUND_BULLETS);
      break;

    case PLACE_SECTIONS:
    case PLACE_SUBSECTIONS:
      if (index_ >= LADDER_MAX_SECTIONS)
        return bound_fail (syntax, syntax->p,
                           place == PLACE_SECTIONS ? BOUND_SECTIONS : BOUND_SUBSECTIONS);
      if (++syntax->n_sections > LADDER_MAX_ALL_SECTIONS)
        return bound_fail (syntax, syntax->p, BOUND_ALL_SECTIONS);
      break;

    case PLACE_OTHER:
    case PLACE_FAMILY:
    case PLACE_ROLE:
    default:
      break;
    }

  return TRUE;
}

/* Notes a member name of an object, @text its @length bytes between the
 * quotes, against the object's names before it. A name written with an
 * escape could be another written without, and is not compared. */
static void
note_name (Syntax      *syntax,
           const char  *text,
           gsize        length,
           const char **names,
           gsize       *name_lengths,
           guint       *n_names)
{
  if (memchr (text, '\\', length) != NULL || *n_names == MAX_NAMES_COMPARED)
    {
      syntax->names_unsure = TRUE;
      return;
    }

  for (guint i = 0; i < *n_names; i++)
    if (name_lengths[i] == length && memcmp (names[i], text, length) == 0)
      syntax->names_repeated = TRUE;

  names[*n_names] = text;
  name_lengths[*n_names] = length;
  (*n_names)++;
}

/* A role of the family's "roles" array ends where skip_value () stopped,
 * the space after it left out. */
static void
add_role_span (Syntax *syntax, const char *start)
{
  const char    *end = syntax->p;
  LadderJsonSpan span;

  while (end > start && is_space (end[-1]))
    end--;
  span.start = (gsize) (start - syntax->data);
  span.end = (gsize) (end - syntax->data);
  g_array_append_val (syntax->outline->roles, span);
}

static gboolean
skip_container (Syntax *syntax, int depth, Place place)
{
  gboolean           object = *syntax->p == '{';
  char               close = object ? '}' : ']';
  gsize              index_ = 0;
  LadderJsonOutline *outline = syntax->outline;
  const char        *value_start;
  /* The object's member names so far, as written, between their quotes. */
  const char *names[MAX_NAMES_COMPARED];
  gsize       name_lengths[MAX_NAMES_COMPARED];
  guint       n_names = 0;

  if (depth > MAX_DEPTH)
    return syntax_fail (syntax, syntax->p, _ ("values are nested more than %d deep"), MAX_DEPTH);

  /* The family's roles: only the root object has them. */
  if (place == PLACE_ROLES && !object && outline != NULL)
    {
      outline->n_roles_arrays++;
      outline->roles_array.start = (gsize) (syntax->p - syntax->data);
      g_array_set_size (outline->roles, 0);
    }
  else
    outline = NULL;

  syntax->p++;
  skip_space (syntax);
  if (syntax->p < syntax->end && *syntax->p == close)
    {
      syntax->p++;
      if (outline != NULL)
        outline->roles_array.end = (gsize) (syntax->p - syntax->data);
      return TRUE;
    }

  for (;;)
    {
      Place inner = PLACE_OTHER;

      if (object)
        {
          const char *name_start = syntax->p;
          char        name[32];

          if (syntax->p >= syntax->end || *syntax->p != '"')
            return syntax_unexpected (syntax, _ ("a member name in double quotes"));
          if (!skip_string (syntax))
            return FALSE;
          syntax->n_members++;
          note_name (syntax, name_start + 1, (gsize) (syntax->p - name_start - 2), names,
                     name_lengths, &n_names);

          if (place == PLACE_FAMILY || place == PLACE_ROLE)
            {
              decode_name (name_start, syntax->p, name);
              inner = member_place (place, name);
            }

          skip_space (syntax);
          if (syntax->p >= syntax->end || *syntax->p != ':')
            /* TRANSLATORS: what was expected, in "expected %s" */
            return syntax_unexpected (syntax, _ ("“:”"));
          syntax->p++;
        }
      else
        {
          skip_space (syntax);
          if (!count_element (syntax, place, index_++))
            return FALSE;
          inner = place == PLACE_ROLES ? PLACE_ROLE : PLACE_OTHER;
        }

      value_start = syntax->p;
      if (!skip_value (syntax, depth, inner))
        return FALSE;
      if (outline != NULL)
        add_role_span (syntax, value_start);

      if (syntax->p < syntax->end && *syntax->p == close)
        {
          syntax->p++;
          if (outline != NULL)
            outline->roles_array.end = (gsize) (syntax->p - syntax->data);
          return TRUE;
        }

      if (syntax->p >= syntax->end || *syntax->p != ',')
        /* TRANSLATORS: what was expected, in "expected %s" */
        return syntax_unexpected (syntax, object ? _ ("“,” or “}”") : _ ("“,” or “]”"));
      syntax->p++;
      skip_space (syntax);

      if (syntax->p < syntax->end && *syntax->p == close)
        return syntax_fail (syntax, syntax->p, _ ("a “,” must be followed by another value"));
    }
}

/* A value with the space around it. */
static gboolean
skip_value (Syntax *syntax, int depth, Place place)
{
  skip_space (syntax);
  if (syntax->p >= syntax->end)
    return syntax_unexpected (syntax, _ ("a value"));

  /* Each value becomes a node in json-glib's tree, of a hundred bytes or
   * so: the count bounds the memory the tree takes. */
  if (++syntax->n_values > LADDER_MAX_JSON_VALUES)
    return bound_fail (syntax, syntax->p, BOUND_VALUES);

  switch (*syntax->p)
    {
    case '{':
    case '[':
      if (!skip_container (syntax, depth + 1, place))
        return FALSE;
      break;
    case '"':
      if (!skip_string (syntax))
        return FALSE;
      break;
    case 't':
      if (!skip_literal (syntax, "true"))
        return FALSE;
      break;
    case 'f':
      if (!skip_literal (syntax, "false"))
        return FALSE;
      break;
    case 'n':
      if (!skip_literal (syntax, "null"))
        return FALSE;
      break;
    default:
      if (*syntax->p != '-' && !g_ascii_isdigit (*syntax->p))
        return syntax_unexpected (syntax, _ ("a value"));
      if (!skip_number (syntax))
        return FALSE;
      break;
    }

  skip_space (syntax);
  return TRUE;
}

void
ladder_json_outline_clear (LadderJsonOutline *outline)
{
  g_clear_pointer (&outline->roles, g_array_unref);
  outline->n_roles_arrays = 0;
}

/**
 * ladder_json_check_syntax:
 * @n_members: (out): the members of all objects, counted
 * @outline: (out caller-allocates) (optional): where the roles are, for a
 *   valid @data; cleared with ladder_json_outline_clear ()
 * @bound: (out) (optional): when a bound of the format stopped the check,
 *   the bound, in words
 *
 * Checks that @data is one JSON value and nothing else, within the
 * bounds of the format.
 */
gboolean
ladder_json_check_syntax (const char        *data,
                          gsize              length,
                          const char        *filename,
                          gsize             *n_members,
                          LadderJsonNames   *names,
                          LadderJsonOutline *outline,
                          char             **bound,
                          GError           **error)
{
  Syntax syntax = {
    .data = data,
    .end = data + length,
    .p = data,
    .filename = filename,
    .outline = outline,
    .error = error,
  };
  const char *invalid = NULL;
  gboolean    valid;

  if (outline != NULL)
    *outline = (LadderJsonOutline){ .roles = g_array_new (FALSE, FALSE, sizeof (LadderJsonSpan)) };

  /* The strings are checked to be UTF-8 as they are read, and nothing
   * else may be other than ASCII: a file read to its end is UTF-8. A file
   * that is not is said to be that, wherever it goes wrong first. */
  valid = skip_value (&syntax, 0, PLACE_FAMILY);
  if (valid && syntax.p < syntax.end)
    valid = syntax_fail (&syntax, syntax.p, _ ("there is more after the end of the JSON value"));

  if (!valid && !ladder_utf8_validate (data, length, &invalid))
    {
      g_clear_pointer (&syntax.bound, g_free);
      if (error != NULL)
        g_clear_error (error);
      return syntax_fail (&syntax, invalid, _ ("the file is not valid UTF-8"));
    }

  if (bound != NULL)
    *bound = g_steal_pointer (&syntax.bound);
  g_free (syntax.bound);

  if (valid && n_members != NULL)
    *n_members = syntax.n_members;
  if (valid && names != NULL)
    *names = syntax.names_repeated ? LADDER_JSON_NAMES_REPEATED
             : syntax.names_unsure ? LADDER_JSON_NAMES_UNSURE
                                   : LADDER_JSON_NAMES_UNIQUE;
  return valid;
}

/* The most values the writer makes of one model object (a role with its
 * layout, a slot, a bullet or section with its origins), and of the
 * family around them. */
#define VALUES_PER_OBJECT 25
#define VALUES_AROUND 64

/**
 * ladder_json_family_bound:
 * @family: a family
 * @count_values: (out) (optional): set when the family's file might hold
 *   more values than the bound, which only its text can tell
 *
 * The bounds of the format that are counts of the model's objects,
 * checked on the model, without writing its file.
 *
 * Returns: (transfer full) (nullable): %NULL when @family is within them,
 *   or the first bound it passes, in words
 */
char *
ladder_json_family_bound (LadderFamily *family, gboolean *count_values)
{
  GListModel *roles = ladder_family_get_roles (family);
  guint       n_roles = g_list_model_get_n_items (roles);
  guint       n_sections = g_list_model_get_n_items (ladder_family_get_sections (family));
  guint       n_front_matter = ladder_family_get_n_front_matter (family);
  guint64     n_bullets = 0;
  guint64     n_all_sections = n_sections;
  guint64     n_objects = n_roles + n_sections + n_front_matter;

  if (count_values != NULL)
    *count_values = FALSE;

  if (n_roles > LADDER_MAX_ROLES)
    return describe_bound (BOUND_ROLES);
  if (n_front_matter > LADDER_MAX_FRONT_MATTER)
    return describe_bound (BOUND_FRONT_MATTER);
  if (n_sections > LADDER_MAX_SECTIONS)
    return describe_bound (BOUND_SECTIONS);

  for (guint i = 0; i < n_roles; i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);
      GPtrArray *slots = ladder_role_get_slots (role);
      guint      n_subsections = g_list_model_get_n_items (ladder_role_get_subsections (role));

      for (LadderBulletList list = LADDER_BULLET_LIST_RESPONSIBILITIES;
           list <= LADDER_BULLET_LIST_REQUIREMENTS; list++)
        {
          guint n_items = g_list_model_get_n_items (ladder_role_get_bullets (role, list));

          if (n_items > LADDER_MAX_BULLETS_PER_LIST)
            return describe_bound (BOUND_BULLETS_IN_LIST);
          n_bullets += n_items;
        }

      if (n_subsections > LADDER_MAX_SECTIONS)
        return describe_bound (BOUND_SUBSECTIONS);
      n_all_sections += n_subsections;
      n_objects += n_subsections + (slots != NULL ? slots->len : 0);
    }

  if (n_bullets > LADDER_MAX_BULLETS)
    return describe_bound (BOUND_BULLETS);
  if (n_all_sections > LADDER_MAX_ALL_SECTIONS)
    return describe_bound (BOUND_ALL_SECTIONS);

  n_objects += n_bullets;
  if (count_values != NULL)
    *count_values = n_objects * VALUES_PER_OBJECT + VALUES_AROUND > LADDER_MAX_JSON_VALUES;

  return NULL;
}

/**
 * ladder_json_check_writable:
 * @family: the family about to be written
 * @contents: its Ladder file
 * @filename: where it is to go
 * @error: return location for a #GError
 *
 * Checks, before anything is written, that Ladder will read the file
 * back: no larger than %LADDER_MAX_FILE_SIZE and within the bounds of the
 * format. Ladder writes what it reads, and no more.
 *
 * Returns: whether the file may be written
 */
gboolean
ladder_json_check_writable (LadderFamily *family,
                            GBytes       *contents,
                            const char   *filename,
                            GError      **error)
{
  g_autofree char *bound = NULL;
  gsize            length;
  const char      *data = g_bytes_get_data (contents, &length);

  if (!ladder_file_check_size (filename, length, error))
    return FALSE;

  bound = ladder_json_family_bound (family, NULL);

  /* n values take at least 2n - 1 bytes ("0,0"): only a longer file can
   * hold too many, and only its text can tell (members Ladder does not
   * know are kept as they were). */
  if (bound == NULL && length >= 2 * (gsize) LADDER_MAX_JSON_VALUES)
    ladder_json_check_syntax (data, length, filename, NULL, NULL, NULL, &bound, NULL);

  if (bound == NULL)
    return TRUE;

  ladder_set_error_at (error, LADDER_ERROR_TOO_LARGE, filename, 0, 0,
                       /* TRANSLATORS: %s is the bound, such as "too many roles: …" */
                       _ ("%s; nothing was written"), bound);
  return FALSE;
}
