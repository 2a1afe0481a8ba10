/* test-yaml.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <ladder-front-matter.h>
#include <ladder-yaml.h>

#define N_RANDOM_STRINGS 5000

/* Marks the test failed and goes on, so that one run lists every failing
 * value. */
static void G_GNUC_PRINTF (1, 2)
fail (const char *format,
      ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_test_message ("%s", message);
  g_test_fail ();
}

static void
assert_decodes (const char *yaml,
                const char *expected)
{
  g_autofree char *value = ladder_yaml_decode_scalar (yaml);

  if (g_strcmp0 (value, expected) != 0)
    {
      g_autofree char *escaped = g_strescape (yaml, NULL);

      fail ("Decoding '%s': expected '%s', got '%s'",
            escaped, expected ? expected : "(null)", value ? value : "(null)");
    }
}

static void
assert_encodes (const char *value,
                const char *like,
                const char *expected)
{
  g_autofree char *yaml = ladder_yaml_encode_scalar (value, like);

  g_assert_cmpstr (yaml, ==, expected);
}

static void
test_decode_plain (void)
{
  assert_decodes (" Product Manager", "Product Manager");
  assert_decodes ("Product Manager", "Product Manager");
  assert_decodes ("   Product Manager   ", "Product Manager");
  assert_decodes ("\tProduct Manager\t", "Product Manager");
  assert_decodes (" C# Developer", "C# Developer");
  assert_decodes (" C++ Developer", "C++ Developer");
  assert_decodes (" Q&A", "Q&A");
  assert_decodes (" https://example.com/a#b", "https://example.com/a#b");
  assert_decodes (" key:value", "key:value");
  assert_decodes (" It's", "It's");
  assert_decodes (" say \"hi\"", "say \"hi\"");
  assert_decodes (" Ärztin – Leitung ☺", "Ärztin – Leitung ☺");
  assert_decodes (" a, b and [c]", "a, b and [c]");
}

/* Plain scalars that start with a character the encoder avoids are still
 * strings when they are read. */
static void
test_decode_plain_leading (void)
{
  assert_decodes (" .NET Developer", ".NET Developer");
  assert_decodes (" 2nd Line Support", "2nd Line Support");
  assert_decodes (" -dash", "-dash");
}

static void
test_decode_plain_comment (void)
{
  assert_decodes (" Product Manager # the title", "Product Manager");
  assert_decodes (" Product Manager\t# the title", "Product Manager");
}

static void
test_decode_single (void)
{
  assert_decodes (" 'Product Manager'", "Product Manager");
  assert_decodes ("'Product Manager'", "Product Manager");
  assert_decodes ("  'padded'  ", "padded");
  assert_decodes (" ''", "");
  assert_decodes (" 'It''s'", "It's");
  assert_decodes (" ''''", "'");
  assert_decodes (" ''''''", "''");
  assert_decodes (" 'a \\n b'", "a \\n b");
  assert_decodes (" 'say \"hi\"'", "say \"hi\"");
  assert_decodes (" 'a: b # c'", "a: b # c");
  assert_decodes (" ' lead and trail '", " lead and trail ");
  assert_decodes (" '---'", "---");
  assert_decodes (" 'true'", "true");
  assert_decodes (" '☺'", "☺");

  /* Trailing comment */
  assert_decodes (" 'x' # a comment", "x");
  assert_decodes (" 'x'\t# a comment", "x");
  assert_decodes (" 'x'   ", "x");

  /* Not one single-quoted scalar */
  assert_decodes (" 'unterminated", NULL);
  assert_decodes (" 'x' trailing", NULL);
  assert_decodes (" 'x'# not a comment", NULL);
  assert_decodes (" 'x' 'y'", NULL);
}

static void
test_decode_double (void)
{
  assert_decodes (" \"Product Manager\"", "Product Manager");
  assert_decodes ("\"Product Manager\"", "Product Manager");
  assert_decodes (" \"\"", "");
  assert_decodes (" \"say \\\"hi\\\"\"", "say \"hi\"");
  assert_decodes (" \"back\\\\slash\"", "back\\slash");
  assert_decodes (" \"\\\\\"", "\\");
  assert_decodes (" \"a\\nb\"", "a\nb");
  assert_decodes (" \"a\\tb\\rc\"", "a\tb\rc");
  assert_decodes (" \"a\\/b\"", "a/b");
  assert_decodes (" \"\\u00e9t\\u00E9\"", "été");
  assert_decodes (" \"\\u263a\"", "☺");
  assert_decodes (" \"\\U0001F600\"", "😀");
  assert_decodes (" \"\\x41\\x7f\"", "A\x7f");
  assert_decodes (" \"It's\"", "It's");
  assert_decodes (" \"a # b\"", "a # b");
  assert_decodes (" \" padded \"", " padded ");
  assert_decodes (" \"raw ☺ text\"", "raw ☺ text");

  /* Trailing comment */
  assert_decodes (" \"x\" # a comment", "x");
  assert_decodes (" \"x\"\t# a comment", "x");
  assert_decodes (" \"x\"  ", "x");

  /* Not one double-quoted scalar */
  assert_decodes (" \"unterminated", NULL);
  assert_decodes (" \"ends with a backslash\\\"", NULL);
  assert_decodes (" \"x\" trailing", NULL);
  assert_decodes (" \"x\"# not a comment", NULL);
  assert_decodes (" \"bad \\q escape\"", NULL);
  assert_decodes (" \"short \\u12\"", NULL);
  assert_decodes (" \"short \\x4\"", NULL);
  assert_decodes (" \"not hex \\u12g4\"", NULL);
  assert_decodes (" \"nul \\u0000\"", NULL);
  assert_decodes (" \"surrogate \\ud800\"", NULL);
}

static void
test_decode_not_scalar (void)
{
  assert_decodes (NULL, NULL);
  assert_decodes ("", NULL);
  assert_decodes (" ", NULL);
  assert_decodes (" \t ", NULL);
  assert_decodes (" # only a comment", NULL);

  /* Lists and maps */
  assert_decodes (" [a, b]", NULL);
  assert_decodes (" []", NULL);
  assert_decodes (" {a: b}", NULL);
  assert_decodes ("\n  - a\n  - b", NULL);
  assert_decodes ("\n- a", NULL);
  assert_decodes (" - a", NULL);
  assert_decodes (" a: b", NULL);

  assert_decodes ("\n  key: value", NULL);
  assert_decodes ("\n\tvalue", NULL);

  /* Anchors, aliases, tags */
  assert_decodes (" &anchor value", NULL);
  assert_decodes (" *alias", NULL);
  assert_decodes (" !tag value", NULL);
}

/* Values written over several lines, as handbook pages have them (a
 * quoted description going on at the start of the next line): read as a
 * YAML reader reads them (the expected values are PyYAML's). */
static void
test_decode_multi_line (void)
{
  assert_decodes (" \"Corporate Development team members prospect, pursue and\nintegrate acquisitions.\"", "Corporate Development team members prospect, pursue and integrate acquisitions.");
  assert_decodes (" \"two\n  lines\"", "two lines");
  assert_decodes (" 'two\n  lines'", "two lines");
  assert_decodes (" 'It''s\n\n  here'", "It's\nhere");
  assert_decodes (" \"a \\\n   b\"", "a b");
  assert_decodes (" \"trailing   \n   lead\"", "trailing lead");
  assert_decodes (" \"escaped\\t\n  tab\"", "escaped\t tab");
  assert_decodes (" \"para\n\n\n  graph\"", "para\n\ngraph");
  assert_decodes (" first line\n  second line", "first line second line");
  assert_decodes (" first\n\n  second", "first\nsecond");
  assert_decodes (" plain\n  # comment", "plain");
  assert_decodes (" |\n  literal text", "literal text\n");
  assert_decodes (" |\n  a\n   b\n\n  c", "a\n b\n\nc\n");
  assert_decodes (" |-\n  a\n  b", "a\nb");
  assert_decodes (" |+\n  a", "a\n");
  assert_decodes (" >\n  folded\n  text", "folded text\n");
  assert_decodes (" >\n  a\n  b\n\n   c\n  d", "a b\n\n c\nd\n");
  assert_decodes (" >-\n  a\n  b", "a b");
  assert_decodes (" |2\n   x", " x\n");
  assert_decodes (" >-", "");
  assert_decodes (" |", "");
  assert_decodes ("\n  on the next line", "on the next line");
  assert_decodes (" # comment\n  \"quoted next\"", "quoted next");
  assert_decodes (" \"x\" # c\n  # more", "x");
  assert_decodes (" |\n\n  after blank", "\nafter blank\n");
  assert_decodes (" \"\\u00e9\n  x\"", "\xc3\xa9 x");
  assert_decodes (" 'a''\n  b'", "a' b");
  /* A page with CRLF line breaks */
  assert_decodes (" \"two\r\n  lines\"\r", "two lines");

  /* Not one scalar */
  assert_decodes (" \"unterminated\n  still", NULL);
  assert_decodes (" plain\n  # comment\n  more", NULL);
  assert_decodes (" plain # comment\n  more", NULL);
  assert_decodes (" first\n  key: value", NULL);
  assert_decodes (" |\n  a\n b", NULL);
}

/* A comment after the value on its line is the page's, and stays with the
 * value written in its place: editing the title of a page whose front
 * matter said `title: Renewals # keep in sync with the sidebar` lost the
 * comment. */
static void
test_encode_keeps_comment (void)
{
  assert_encodes ("Renewals AMER", " Renewals # the family", " Renewals AMER # the family");
  assert_encodes ("Renewals: AMER", " Renewals # the family", " \"Renewals: AMER\" # the family");
  assert_encodes ("New", " \"Old\"  # keep", " \"New\"  # keep");
  assert_encodes ("New", " \"O\\\"ld\" # keep", " \"New\" # keep");
  assert_encodes ("New", " 'Old' # it's", " 'New' # it's");
  assert_encodes ("New", " 'O''ld'\t# keep", " 'New'\t# keep");
  assert_encodes ("", " Old # keep", " \"\" # keep");

  /* A # inside the value is no comment. */
  assert_encodes ("New", " C# Developer", " New");
  assert_encodes ("New", " https://example.com/a#b", " New");
  assert_encodes ("New", " \"a # b\"", " \"New\"");
  assert_encodes ("New", " 'a # b'", " 'New'");
  assert_encodes ("New", " \"a\"#b", " \"New\"");
}

static void
test_encode_style (void)
{
  /* No style to keep: double quotes. */
  assert_encodes ("Product Manager", NULL, " \"Product Manager\"");
  assert_encodes ("Product Manager", "", " \"Product Manager\"");
  assert_encodes ("", NULL, " \"\"");

  /* Single quotes stay single. */
  assert_encodes ("Product Manager", " 'Old'", " 'Product Manager'");
  assert_encodes ("It's", " 'Old'", " 'It''s'");
  assert_encodes ("say \"hi\" \\", " 'Old'", " 'say \"hi\" \\'");
  assert_encodes ("", " 'Old'", " ''");
  assert_encodes ("Product Manager", "\t  'Old'", " 'Product Manager'");
  /* ... unless they cannot hold the value. */
  assert_encodes ("two\nlines", " 'Old'", " \"two\\nlines\"");
  assert_encodes ("tab\there", " 'Old'", " \"tab\\there\"");

  /* Double quotes stay double. */
  assert_encodes ("Product Manager", " \"Old\"", " \"Product Manager\"");
  assert_encodes ("It's", " \"Old\"", " \"It's\"");
  assert_encodes ("say \"hi\" \\", " \"Old\"", " \"say \\\"hi\\\" \\\\\"");
  assert_encodes ("a\nb\tc\rd\x01" "e\x7f", " \"Old\"", " \"a\\nb\\tc\\rd\\u0001e\\u007F\"");
  assert_encodes ("☺ été", " \"Old\"", " \"☺ été\"");

  /* Plain stays plain when the value can be written plain. */
  assert_encodes ("Product Manager", " Old", " Product Manager");
  assert_encodes ("Product Manager", "Old", " Product Manager");
  assert_encodes ("C# Developer", " Old", " C# Developer");
  assert_encodes ("It's", " Old", " It's");
  assert_encodes ("Ärztin ☺", " Old", " Ärztin ☺");

  /* ... and is quoted when the value would read as something else. */
  assert_encodes ("", " Old", " \"\"");
  assert_encodes (" leading", " Old", " \" leading\"");
  assert_encodes ("trailing ", " Old", " \"trailing \"");
  assert_encodes ("a: b", " Old", " \"a: b\"");
  assert_encodes ("key:", " Old", " \"key:\"");
  assert_encodes ("a # b", " Old", " \"a # b\"");
  assert_encodes ("# b", " Old", " \"# b\"");
  assert_encodes ("- item", " Old", " \"- item\"");
  assert_encodes ("[a]", " Old", " \"[a]\"");
  assert_encodes ("{a}", " Old", " \"{a}\"");
  assert_encodes ("'quoted'", " Old", " \"'quoted'\"");
  assert_encodes ("\"quoted\"", " Old", " \"\\\"quoted\\\"\"");
  assert_encodes ("&anchor", " Old", " \"&anchor\"");
  assert_encodes ("*alias", " Old", " \"*alias\"");
  assert_encodes ("!tag", " Old", " \"!tag\"");
  assert_encodes ("|", " Old", " \"|\"");
  assert_encodes (">", " Old", " \">\"");
  assert_encodes ("%directive", " Old", " \"%directive\"");
  assert_encodes ("@at", " Old", " \"@at\"");
  assert_encodes ("`tick", " Old", " \"`tick\"");
  assert_encodes ("true", " Old", " \"true\"");
  assert_encodes ("No", " Old", " \"No\"");
  assert_encodes ("null", " Old", " \"null\"");
  assert_encodes ("~", " Old", " \"~\"");
  assert_encodes ("42", " Old", " \"42\"");
  assert_encodes ("3.14", " Old", " \"3.14\"");
  assert_encodes (".inf", " Old", " \".inf\"");
  assert_encodes ("two\nlines", " Old", " \"two\\nlines\"");
}

/* YAML 1.1 readers (libyaml and its ports, PyYAML) take NEL, LS and PS for
 * line breaks, and refuse C1 controls and U+FFFE/U+FFFF anywhere in the
 * text: such characters must be written as escapes. */
static gboolean
is_unsafe_character (gunichar c)
{
  return (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfffe || c == 0xffff;
}

static void
test_encode_printable (void)
{
  static const char * const values[] = {
    "next\xc2\x85line",
    "line\xe2\x80\xa8separator",
    "paragraph\xe2\x80\xa9separator",
    "c1\xc2\x80\xc2\x9f",
    "non\xef\xbf\xbe" "character\xef\xbf\xbf",
  };
  static const char * const styles[] = { NULL, " plain", " 'single'", " \"double\"" };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      for (guint j = 0; j < G_N_ELEMENTS (styles); j++)
        {
          g_autofree char *yaml = ladder_yaml_encode_scalar (values[i], styles[j]);
          g_autofree char *decoded = ladder_yaml_decode_scalar (yaml);
          g_autofree char *escaped = g_strescape (yaml, NULL);

          if (g_strcmp0 (decoded, values[i]) != 0)
            fail ("'%s' does not read back", escaped);

          for (const char *p = yaml; *p != '\0'; p = g_utf8_next_char (p))
            {
              if (is_unsafe_character (g_utf8_get_char (p)))
                {
                  fail ("Encoding like '%s' wrote U+%04X as is: '%s'",
                        styles[j] ? styles[j] : "(null)", g_utf8_get_char (p), escaped);
                  break;
                }
            }
        }
    }
}

/* Round trip */

static const char * const hostile[] = {
  "",
  " ",
  "  ",
  "\t",
  "plain",
  "Product Manager",
  " leading",
  "trailing ",
  "'",
  "''",
  "'quoted'",
  "\"",
  "\"\"",
  "\"quoted\"",
  "'mixed\"",
  "\\",
  "\\\\",
  "\\n",
  "\\u0041",
  "\\\"",
  "a: b",
  "a:b",
  "a:",
  ":",
  ": a",
  "#",
  "# comment",
  "a #b",
  "a# b",
  "a #",
  "---",
  "...",
  "--- a",
  "- a",
  "-",
  "? a",
  "[a, b]",
  "{a: b}",
  "&anchor",
  "*alias",
  "!tag",
  "!!str",
  "|",
  "|-",
  ">",
  "%YAML",
  "@",
  "`",
  ",",
  "true",
  "False",
  "yes",
  "NO",
  "on",
  "Off",
  "null",
  "Null",
  "~",
  "y",
  "n",
  "0",
  "007",
  "0x1F",
  "1e3",
  "-1",
  "+1",
  ".5",
  ".inf",
  "-.inf",
  ".NaN",
  "2026-01-01",
  "12:30",
  "<<",
  "=",
  "a\nb",
  "\n",
  "a\n",
  "\na",
  "a\n---\nb: c",
  "a\r\nb",
  "\r",
  "a\tb",
  "tab\t",
  "\x01\x02\x1f\x7f",
  "\x1b[31mred",
  "é",
  "☺",
  "😀",
  "Ärztin – Leitung",
  "\xc2\x85",
  "next\xc2\x85line",
  "\xe2\x80\xa8",
  "\xef\xbb\xbf" "bom",
  "\xc2\xa0nbsp\xc2\xa0",
  "{{< ref \"x.md\" >}}",
  "It's a \"test\": # really \\ \n ---",
};

static const char * const likes[] = {
  NULL,
  " plain",
  " 'single'",
  " \"double\"",
};

static gboolean
has_control_characters (const char *value)
{
  /* What YAML readers take for line breaks or refuse: only double quotes
   * can carry them, as escapes. */
  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029
          || c == 0xfeff || c == 0xfffe || c == 0xffff)
        return TRUE;
    }

  return FALSE;
}

static void
check_round_trip (const char *value)
{
  for (guint i = 0; i < G_N_ELEMENTS (likes); i++)
    {
      g_autofree char *yaml = ladder_yaml_encode_scalar (value, likes[i]);
      g_autofree char *decoded = ladder_yaml_decode_scalar (yaml);
      g_autofree char *escaped = g_strescape (value, NULL);
      g_autofree char *escaped_yaml = g_strescape (yaml, NULL);

      if (g_strcmp0 (decoded, value) != 0)
        {
          g_autofree char *escaped_decoded = decoded ? g_strescape (decoded, NULL) : NULL;

          fail ("Round trip of '%s' like '%s' through '%s' gave '%s'",
                escaped, likes[i] ? likes[i] : "(null)", escaped_yaml,
                escaped_decoded ? escaped_decoded : "(null)");
        }

      /* A value stays on its line. */
      if (strchr (yaml, '\n') != NULL || strchr (yaml, '\r') != NULL)
        fail ("Encoding '%s' like '%s' gave a line break: '%s'",
              escaped, likes[i] ? likes[i] : "(null)", escaped_yaml);

      g_assert_true (yaml[0] == ' ');

      /* The style is kept when it can hold the value. */
      if (likes[i] == NULL || likes[i][1] == '"')
        g_assert_cmpint (yaml[1], ==, '"');
      else if (likes[i][1] == '\'')
        g_assert_cmpint (yaml[1], ==, has_control_characters (value) ? '"' : '\'');
      else
        g_assert_cmpint (yaml[1], !=, '\'');
    }
}

static void
test_round_trip_hostile (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    check_round_trip (hostile[i]);
}

static const char * const alphabet[] = {
  "a", "b", "Z", "0", "1", "9", " ", " ", " ", "\t", "\n", "\r", "\x01", "\x1f", "\x7f",
  "'", "'", "\"", "\"", "\\", "\\", ":", ":", "#", "#", "-", "-", "?", ",", "[", "]",
  "{", "}", "&", "*", "!", "|", ">", "<", "%", "@", "`", "~", ".", "+", "=", "/",
  "u", "x", "n", "t", "é", "☺", "😀", "\xc2\xa0", "\xc2\x85", "\xe2\x80\xa8",
  "---", "...", ": ", " #", "''", "\\\"", "\\u00e9", "true", "null",
};

static char *
random_string (void)
{
  GString *out = g_string_new (NULL);
  int length = g_test_rand_int_range (0, 16);

  for (int i = 0; i < length; i++)
    g_string_append (out, alphabet[g_test_rand_int_range (0, G_N_ELEMENTS (alphabet))]);

  return g_string_free (out, FALSE);
}

static void
test_round_trip_random (void)
{
  for (guint i = 0; i < N_RANDOM_STRINGS; i++)
    {
      g_autofree char *value = random_string ();

      check_round_trip (value);
    }
}

/* The front matter check: what it accepts (the expected key lines are
 * PyYAML's), and what it refuses, with the place. */
static void
test_front_matter_check (void)
{
  static const struct
  {
    const char *yaml;
    const char *keys;
  } valid[] = {
    { "", "" },
    { "# only a comment\n\n", "" },
    { "title: A\nsummary: \"B\"\n", "1 2" },
    { "title: \"two\nlines\"\nnext: x\n", "1 3" },
    { "extra_js:\n- libs/mermaid.min.js\n- b\nnext: 1\n", "1 4" },
    { "a:\n  b: 1\n  c:\n  - x\n  - y\n", "1" },
    { "a:\n- b: 1\n  c: 2\n- - x\n  - y\n", "1" },
    { "a: |\n  x\n\n  y\nb: >-\n  folded\n", "1 5" },
    { "a: [x, \"y\", {k: v}]\nb: {}\n", "1 2" },
    { "a: &anchor x\nb: *anchor\n", "1 2" },
    { "a: !!str 5\n", "1" },
    { "a: x # comment\n# between\nb: y\n", "1 3" },
    { "a: x\r\nb: y\r\n", "1 2" },
  };
  static const struct
  {
    const char *yaml;
    guint line;
    guint column;
  } invalid[] = {
    { "[: x\n", 1, 1 },
    { "- a\n", 1, 1 },
    { "*x: 1\n", 1, 1 },
    { "true: 1\n", 1, 1 },
    { "a: b\na: c\n", 2, 1 },
    { "a: [unclosed\n", 1, 4 },
    { "a: x\r---\rb: 1\n", 1, 5 },
    { "a: x\n---\n", 2, 1 },
    { "a: x\n...\n", 2, 1 },
    { "a: b: c\n", 1, 4 },
    { "a:\tb\n", 1, 1 },
    { "\ta: b\n", 1, 1 },
    { "a: x\n  # c\n  more\n", 3, 3 },
    { "a: *nothing\n", 1, 4 },
    { "a: &x 1\nb: &x 2\n", 2, 4 },
    { "a: !foo x\n", 1, 4 },
    { "a: \"bad \\q\"\n", 1, 9 },
    { "a: x\n b: y\n", 2, 3 },
    { "a:\n  - x\n  b: y\n", 3, 3 },
    { "a: x\xc2\x85" "b: y\n", 1, 5 },
    { "a: |\n  x\n y\n", 3, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr (GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr (GString) got = g_string_new (NULL);
      g_autofree char *message = NULL;
      guint line, column;

      if (!ladder_front_matter_check (valid[i].yaml, lines, &line, &column, &message))
        {
          fail ("'%s' refused at %u:%u: %s", valid[i].yaml, line, column, message);
          continue;
        }
      for (guint k = 0; k < lines->len; k++)
        g_string_append_printf (got, "%s%u", k > 0 ? " " : "", g_array_index (lines, guint, k));
      if (!g_str_equal (got->str, valid[i].keys))
        fail ("'%s': keys at lines '%s', not '%s'", valid[i].yaml, got->str, valid[i].keys);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autofree char *message = NULL;
      guint line, column;

      if (ladder_front_matter_check (invalid[i].yaml, NULL, &line, &column, &message))
        fail ("'%s' was accepted", invalid[i].yaml);
      else if (line != invalid[i].line || column != invalid[i].column)
        fail ("'%s' refused at %u:%u, not %u:%u: %s", invalid[i].yaml, line, column,
              invalid[i].line, invalid[i].column, message);
    }

  g_assert_true (ladder_front_matter_key_is_valid ("title"));
  g_assert_true (ladder_front_matter_key_is_valid ("extra_js"));
  g_assert_true (ladder_front_matter_key_is_valid ("_build.list-x"));
  g_assert_false (ladder_front_matter_key_is_valid ("["));
  g_assert_false (ladder_front_matter_key_is_valid ("- a"));
  g_assert_false (ladder_front_matter_key_is_valid ("*x"));
  g_assert_false (ladder_front_matter_key_is_valid ("1x"));
  g_assert_false (ladder_front_matter_key_is_valid ("On"));
  g_assert_false (ladder_front_matter_key_is_valid (""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/yaml/decode/plain", test_decode_plain);
  g_test_add_func ("/yaml/decode/plain-leading", test_decode_plain_leading);
  g_test_add_func ("/yaml/decode/plain-comment", test_decode_plain_comment);
  g_test_add_func ("/yaml/decode/single", test_decode_single);
  g_test_add_func ("/yaml/decode/double", test_decode_double);
  g_test_add_func ("/yaml/decode/not-scalar", test_decode_not_scalar);
  g_test_add_func ("/yaml/decode/multi-line", test_decode_multi_line);
  g_test_add_func ("/yaml/encode/style", test_encode_style);
  g_test_add_func ("/yaml/encode/keeps-comment", test_encode_keeps_comment);
  g_test_add_func ("/yaml/encode/printable", test_encode_printable);
  g_test_add_func ("/yaml/round-trip/hostile", test_round_trip_hostile);
  g_test_add_func ("/yaml/round-trip/random", test_round_trip_random);
  g_test_add_func ("/yaml/front-matter/check", test_front_matter_check);

  return g_test_run ();
}
