/* test-escape.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Text a person typed is exported so that it renders as typed: a title
 * containing *, #, [, <, a leading "1." or a line break cannot change the
 * page's structure. Random and hostile strings go through the exporter, and
 * libcmark checks that the rendered text equals the input.
 */

#include <string.h>

#include <cmark.h>

#include <ladder-family.h>
#include <ladder-markdown-export.h>
#include <ladder-markdown-text.h>
#include <ladder-yaml.h>

#define N_RANDOM_STRINGS 2000
#define MAX_REPORTED_FAILURES 10

static const char *const hostile[] = {
  "# x",
  "1. x",
  "1) x",
  "- x",
  "+ x",
  "* x",
  "> x",
  "[a](b)",
  "<b>",
  "<http://x>",
  "a\nb",
  "a\n# b",
  "  lead",
  "trail  ",
  "x #",
  "#",
  "&amp;",
  "&#65;",
  "\\",
  "`code`",
  "*em*",
  "_u_",
  "{{< ref x >}}",
  "---",
  "===",
  "| a |",
  "~~~",
  "    four",
  "\t tab",
  /* More of the same kind */
  " ",
  "   ",
  "\t",
  "\n",
  "\r\n",
  "a  \nb",
  "a\\\nb",
  "a\n\nb",
  "a\n---",
  "a\n===",
  "a\n    code",
  "a\n- b",
  "a\n1. b",
  "a\n> b",
  "a\n```\nb\n```",
  "######",
  "####### seven",
  "x ##",
  "x\t#",
  "x #  ",
  "# x #",
  "\\#",
  "#5",
  "123456789. x",
  "1234567890. x",
  "0. x",
  "2)",
  "***",
  "___",
  "- - -",
  "* * *",
  "**strong**",
  "__strong__",
  "a*b*c",
  "a_b_c",
  "``",
  "```",
  "`` a ``",
  "~~strike~~",
  "![img](src)",
  "[a]",
  "[a]: /url",
  "[a][b]",
  "[^1]",
  "]",
  "\\[a\\]",
  "<!-- c -->",
  "<div>",
  "</div>",
  "<a href=\"x\">",
  "<?php ?>",
  "<![CDATA[x]]>",
  "<x@example.com>",
  "<",
  ">",
  "&",
  "&amp",
  "&#x41;",
  "&#0;",
  "&#12345678;",
  "&nbsp;",
  "&copy",
  "&unknown;",
  "\\&amp;",
  "&&amp;;",
  "{{",
  "{{{",
  "{{% x %}}",
  "{{%",
  "<!--more-->",
  "}}",
  "!",
  "\\\\",
  "a\\",
  "\\*",
  "|",
  "a | b",
  "=",
  "~",
  "+",
  "-",
  "--",
  ":",
  "http://example.com",
  "www.example.com",
  "x\x01y",
  "\x1b[1m",
  "\x7f",
  "\x0b\x0c",
  "é",
  "☺",
  "😀",
  "\xc2\xa0nbsp\xc2\xa0",
  "\xe3\x80\x80ideographic space\xe3\x80\x80",
  "\xe2\x80\xa8",
  "\xef\xbb\xbf"
  "bom",
  "Senior Manager, Product Marketing",
  "C# & C++ <Developer> [Remote] *urgent* _now_ `code` #1",
};

/* Random strings are drawn from these pieces: Markdown's punctuation and
 * its usual openings, spaces, line breaks, digits, letters, non-ASCII. */
static const char *const pieces[] = {
  "a",          "b",        "x",
  "Z",          "é",        "☺",
  "😀",          "\xc2\xa0", "\xe3\x80\x80",
  "0",          "1",        "9",
  "12",         " ",        " ",
  " ",          "  ",       "    ",
  "\t",         "\n",       "\n",
  "\r",         "\x01",     "\x0c",
  "*",          "*",        "_",
  "_",          "`",        "`",
  "#",          "#",        "[",
  "]",          "(",        ")",
  "<",          ">",        "!",
  "&",          ";",        "\\",
  "\\",         "-",        "+",
  "=",          ".",        ")",
  ":",          "|",        "~",
  "{",          "}",        "\"",
  "'",          "/",        "@",
  "%",          "^",        "$",
  "?",          ",",        "&amp;",
  "&#65;",      "&#x41;",   "&lt",
  "{{",         "}}",       "<b>",
  "</b>",       "<!--",     "-->",
  "](",         "![",       "1. ",
  "1) ",        "- ",       "+ ",
  "* ",         "> ",       "# ",
  "## ",        "```",      "~~~",
  "---",        "***",      "___",
  "===",        "  \n",     "\\\n",
  "\n\n",       "\n    ",   "http://x.y",
  "<http://x>", "a@b.c",    "{{< ref x >}}",
};

static char *
random_string (void)
{
  GString *out = g_string_new (NULL);
  int      n_pieces = g_test_rand_int_range (1, 24);

  for (int i = 0; i < n_pieces; i++)
    g_string_append (out, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);

  return g_string_free (out, FALSE);
}

/* The text a reader sees. cmark has already decoded entities and
 * backslash escapes. */
static void
append_plain_text (GString *out, cmark_node *node)
{
  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
    case CMARK_NODE_HTML_INLINE:
      if (cmark_node_get_literal (node) != NULL)
        g_string_append (out, cmark_node_get_literal (node));
      break;

    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
      g_string_append_c (out, '\n');
      break;

    default:
      for (cmark_node *child = cmark_node_first_child (node); child != NULL;
           child = cmark_node_next (child))
        append_plain_text (out, child);
    }
}

static char *
plain_text (cmark_node *node)
{
  GString *out = g_string_new (NULL);

  append_plain_text (out, node);

  return g_string_free (out, FALSE);
}

/* Whether a block holds nothing but text, and links where @n_links says
 * (links whose own content is nothing but text). */
static gboolean
is_only_text (cmark_node *block, guint n_links)
{
  guint links = 0;

  for (cmark_node *child = cmark_node_first_child (block); child != NULL;
       child = cmark_node_next (child))
    {
      switch (cmark_node_get_type (child))
        {
        case CMARK_NODE_TEXT:
          break;

        case CMARK_NODE_LINK:
          links++;
          if (!is_only_text (child, 0))
            return FALSE;
          break;

        default:
          return FALSE;
        }
    }

  return links == n_links;
}

static guint
count_nodes (cmark_node *root, cmark_node_type type)
{
  cmark_iter      *iter = cmark_iter_new (root);
  cmark_event_type event;
  guint            count = 0;

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    if (event == CMARK_EVENT_ENTER && cmark_node_get_type (cmark_iter_get_node (iter)) == type)
      count++;

  cmark_iter_free (iter);

  return count;
}

typedef struct
{
  gboolean with_links;
  gboolean with_grade;
} Variant;

static const Variant variants[] = {
  { FALSE, FALSE },
  { TRUE, TRUE },
};

static LadderFamily *
build_family (const char *text, const Variant *variant)
{
  LadderFamily *family = ladder_family_new ();
  g_autoptr (LadderRole) role = ladder_role_new (text);
  g_autoptr (LadderSection) section = ladder_section_new (LADDER_SECTION_OTHER, text, 2);

  ladder_family_set_title (family, text);
  ladder_role_set_reports_to (role, text);
  ladder_role_set_extends (role, text);

  if (variant->with_links)
    {
      ladder_role_set_reports_to_link (role, "/job-families/manager/");
      ladder_role_set_grade_link (role, "/handbook/grades/#grades");
    }

  if (variant->with_grade)
    ladder_role_set_job_grade (role, 7);

  ladder_family_append_role (family, role);
  ladder_family_append_section (family, section);

  return family;
}

/* The template: which blocks the page has, top to bottom. */
typedef struct
{
  cmark_node_type type;
  int             level;
  /* The block's text, with the typed text for each %s */
  const char *format;
  guint       n_links;
} Expected;

static char *
expand (const char *format, const char *text)
{
  g_auto (GStrv) parts = g_strsplit (format, "%s", -1);

  return g_strjoinv (text, parts);
}

static const Expected with_grade[] = {
  { CMARK_NODE_HEADING, 3, "%s", 0 },
  { CMARK_NODE_PARAGRAPH, 0, "The %s reports to the %s.", 1 },
  { CMARK_NODE_HEADING, 4, "%s Job Grade", 0 },
  { CMARK_NODE_PARAGRAPH, 0, "The %s is a grade 7.", 1 },
  { CMARK_NODE_HEADING, 4, "%s Responsibilities", 0 },
  { CMARK_NODE_LIST, 0, "Extends that of the %s responsibilities", 0 },
  { CMARK_NODE_HEADING, 4, "%s Requirements", 0 },
  { CMARK_NODE_HEADING, 2, "%s", 0 },
};

static const Expected without_grade[] = {
  { CMARK_NODE_HEADING, 3, "%s", 0 },
  { CMARK_NODE_PARAGRAPH, 0, "The %s reports to the %s.", 1 },
  { CMARK_NODE_HEADING, 4, "%s Responsibilities", 0 },
  { CMARK_NODE_LIST, 0, "Extends that of the %s responsibilities", 0 },
  { CMARK_NODE_HEADING, 4, "%s Requirements", 0 },
  { CMARK_NODE_HEADING, 2, "%s", 0 },
};

/* The front matter is three lines, and its title reads back as typed.
 * Hugo takes it off before the Markdown is rendered, so @body is set to
 * what follows it. */
static char *
check_front_matter (const char *page, const char *text, const char **body)
{
  const char      *value = page + strlen ("---\ntitle:");
  const char      *line_end;
  g_autofree char *title_yaml = NULL;
  g_autofree char *title = NULL;

  if (!g_str_has_prefix (page, "---\ntitle:"))
    return g_strdup ("the page does not start with a front matter title");

  line_end = strchr (value, '\n');
  if (line_end == NULL)
    return g_strdup ("the front matter does not end");

  title_yaml = g_strndup (value, line_end - value);
  title = ladder_yaml_decode_scalar (title_yaml);
  if (g_strcmp0 (title, text) != 0)
    {
      g_autofree char *escaped = g_strescape (title_yaml, NULL);

      return g_strdup_printf ("the front matter title \"%s\" does not read back", escaped);
    }

  if (!g_str_has_prefix (line_end, "\n---\n"))
    return g_strdup ("the front matter has more than the title");

  *body = line_end + strlen ("\n---\n");

  return NULL;
}

/* Hugo reads shortcodes and the summary divider in the raw page, before the
 * Markdown: a backslash in front does not stop it. */
static char *
check_hugo (const char *body)
{
  if (strstr (body, "{{<") != NULL || strstr (body, "{{%") != NULL)
    return g_strdup ("Hugo would read a shortcode in the page");

  if (strstr (body, "<!--more-->") != NULL)
    return g_strdup ("Hugo would read a summary divider in the page");

  return NULL;
}

/* The page's blocks are the template's, with the text where the template
 * has it, and nothing anywhere that the template does not make. */
static char *
check_blocks (cmark_node *document, const char *text, const Variant *variant)
{
  const Expected *template = variant->with_grade ? with_grade : without_grade;
  guint n_template = variant->with_grade ? G_N_ELEMENTS (with_grade) : G_N_ELEMENTS (without_grade);
  guint n_headings = 0;
  cmark_node *block = cmark_node_first_child (document);

  for (guint i = 0; i < n_template; i++, block = cmark_node_next (block))
    {
      const Expected  *want = &template[i];
      g_autofree char *want_text = expand (want->format, text);
      g_autofree char *got_text = NULL;
      cmark_node      *inlines = block;

      if (block == NULL)
        return g_strdup_printf ("the page has %u blocks, the template %u", i, n_template);

      if (cmark_node_get_type (block) != want->type)
        return g_strdup_printf ("block %u is a %s where the template has a %s", i,
                                cmark_node_get_type_string (block),
                                want->type == CMARK_NODE_HEADING ? "heading"
                                : want->type == CMARK_NODE_LIST  ? "list"
                                                                 : "paragraph");

      if (want->type == CMARK_NODE_HEADING)
        {
          n_headings++;

          if (cmark_node_get_heading_level (block) != want->level)
            return g_strdup_printf ("heading %u has level %d, not %d", i,
                                    cmark_node_get_heading_level (block), want->level);
        }

      if (want->type == CMARK_NODE_LIST)
        {
          cmark_node *item = cmark_node_first_child (block);

          if (cmark_node_get_list_type (block) != CMARK_BULLET_LIST || item == NULL
              || cmark_node_next (item) != NULL || cmark_node_first_child (item) == NULL
              || cmark_node_get_type (cmark_node_first_child (item)) != CMARK_NODE_PARAGRAPH
              || cmark_node_next (cmark_node_first_child (item)) != NULL)
            return g_strdup_printf ("block %u is not a list of one bullet with one paragraph", i);

          inlines = cmark_node_first_child (item);
        }

      got_text = plain_text (inlines);
      if (!g_str_equal (got_text, want_text))
        {
          g_autofree char *want_escaped = g_strescape (want_text, NULL);
          g_autofree char *got_escaped = g_strescape (got_text, NULL);

          return g_strdup_printf ("block %u renders as \"%s\", not \"%s\"", i, got_escaped,
                                  want_escaped);
        }

      if (!is_only_text (inlines, variant->with_links ? want->n_links : 0))
        return g_strdup_printf ("block %u holds more than text", i);
    }

  if (block != NULL)
    return g_strdup_printf ("the page has more blocks than the template's %u", n_template);

  if (count_nodes (document, CMARK_NODE_HEADING) != n_headings)
    return g_strdup_printf ("the page has %u headings", count_nodes (document, CMARK_NODE_HEADING));

  if (count_nodes (document, CMARK_NODE_LIST) != 1)
    return g_strdup_printf ("the page has %u lists", count_nodes (document, CMARK_NODE_LIST));

  return NULL;
}

/* Exports a family made of @text; returns what went wrong, or NULL. */
static char *
check_export (const char *text, const Variant *variant)
{
  g_autoptr (LadderFamily) family = build_family (text, variant);
  g_autoptr (GString) page = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
  const char      *body = page->str;
  g_autofree char *problem = NULL;
  g_autofree char *input = NULL;
  g_autofree char *markdown = NULL;

  problem = check_front_matter (page->str, text, &body);

  if (problem == NULL)
    {
      cmark_node *document = cmark_parse_document (body, strlen (body), CMARK_OPT_DEFAULT);

      problem = check_blocks (document, text, variant);
      cmark_node_free (document);
    }

  if (problem == NULL)
    return NULL;

  input = g_strescape (text, NULL);
  markdown = g_strescape (body, NULL);

  return g_strdup_printf ("input \"%s\" (links %d, grade %d): %s\n# Markdown: \"%s\"", input,
                          variant->with_links, variant->with_grade, problem, markdown);
}

/* The escaped text on its own, as a paragraph and as a link's text: there
 * a leading "1." or "-" would start a list. (The paragraph follows another
 * one: cmark drops a byte order mark at the very start of a document, and
 * typed text never stands there.) */
static char *
check_escape (const char *text)
{
  g_autofree char *escaped = ladder_markdown_escape_text (text);
  g_autofree char *paragraph = g_strdup_printf ("Intro\n\n%s", escaped);
  g_autofree char *link = g_strdup_printf ("Intro\n\n[%s](/x)", escaped);
  const char      *documents[] = { paragraph, link };
  char            *problem = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (documents) && problem == NULL; i++)
    {
      cmark_node *document
          = cmark_parse_document (documents[i], strlen (documents[i]), CMARK_OPT_DEFAULT);
      cmark_node      *block = cmark_node_next (cmark_node_first_child (document));
      g_autofree char *got = NULL;

      if (block == NULL || cmark_node_next (block) != NULL
          || cmark_node_get_type (block) != CMARK_NODE_PARAGRAPH || !is_only_text (block, i))
        {
          problem = g_strdup ("it is not one paragraph of text");
        }
      else
        {
          got = plain_text (block);
          if (!g_str_equal (got, text))
            {
              g_autofree char *got_escaped = g_strescape (got, NULL);

              problem = g_strdup_printf ("it renders as \"%s\"", got_escaped);
            }
        }

      if (problem != NULL)
        {
          g_autofree char *input = g_strescape (text, NULL);
          g_autofree char *markdown = g_strescape (documents[i], NULL);
          g_autofree char *full
              = g_strdup_printf ("input \"%s\": %s\n# Markdown: \"%s\"", input, problem, markdown);

          g_free (problem);
          problem = g_steal_pointer (&full);
        }

      cmark_node_free (document);
    }

  return problem;
}

/* Counts a failure, and reports the first few in full. */
static void
note_problem (char *problem, guint *n_failures)
{
  if (problem == NULL)
    return;

  if (*n_failures < MAX_REPORTED_FAILURES)
    g_test_message ("%s", problem);
  (*n_failures)++;
  g_free (problem);
}

/* What libcmark makes of @text in every place it is written. */
static void
check_text (const char *text, guint *n_failures)
{
  for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
    note_problem (check_export (text, &variants[v]), n_failures);

  note_problem (check_escape (text), n_failures);
}

/* What Hugo makes of the page, before any Markdown is read. */
static void
check_text_for_hugo (const char *text, guint *n_failures)
{
  g_autoptr (LadderFamily) family = build_family (text, &variants[1]);
  g_autoptr (GString) page = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
  const char      *body = page->str;
  g_autofree char *problem = check_front_matter (page->str, text, &body);

  if (problem == NULL)
    problem = check_hugo (body);

  if (problem != NULL)
    {
      g_autofree char *input = g_strescape (text, NULL);
      g_autofree char *markdown = g_strescape (body, NULL);

      note_problem (
          g_strdup_printf ("input \"%s\": %s\n# Markdown: \"%s\"", input, problem, markdown),
          n_failures);
    }
}

static void
report (guint n_failures, guint n_inputs)
{
  if (n_failures > 0)
    g_test_fail_printf ("%u of the checks on %u inputs failed (the first %u are above)", n_failures,
                        n_inputs, MIN (n_failures, MAX_REPORTED_FAILURES));
}

static void
test_template (void)
{
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GString) page = NULL;

  /* The checks rely on the shape of the template; make sure it is the
   * expected one for ordinary text. */
  for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
    {
      g_autofree char *problem = check_export ("Product Manager", &variants[v]);

      g_assert_null (problem);
    }

  family = build_family ("Product Manager", &variants[0]);
  page = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (page->str, ==,
                   "---\n"
                   "title: \"Product Manager\"\n"
                   "---\n"
                   "\n"
                   "### Product Manager\n"
                   "\n"
                   "The Product Manager reports to the Product Manager.\n"
                   "\n"
                   "#### Product Manager Responsibilities\n"
                   "\n"
                   "- Extends that of the Product Manager responsibilities\n"
                   "\n"
                   "#### Product Manager Requirements\n"
                   "\n"
                   "## Product Manager\n");

  g_assert_finalize_object (g_steal_pointer (&family));
}

static void
test_hostile (void)
{
  guint n_failures = 0;

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    check_text (hostile[i], &n_failures);

  report (n_failures, G_N_ELEMENTS (hostile));
}

static void
test_random (void)
{
  guint n_failures = 0;

  for (guint i = 0; i < N_RANDOM_STRINGS; i++)
    {
      g_autofree char *text = random_string ();

      check_text (text, &n_failures);
    }

  report (n_failures, N_RANDOM_STRINGS);
}

/* Hugo is not CommonMark: it finds shortcodes ("{{<", "{{%") and the
 * summary divider in the raw page, whatever precedes them. */
static void
test_hugo (void)
{
  guint n_failures = 0;

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    check_text_for_hugo (hostile[i], &n_failures);

  for (guint i = 0; i < N_RANDOM_STRINGS; i++)
    {
      g_autofree char *text = random_string ();

      check_text_for_hugo (text, &n_failures);
    }

  report (n_failures, G_N_ELEMENTS (hostile) + N_RANDOM_STRINGS);
}

/* Headings made deeper, for a role's copy given a heading of its own: only
 * the headings, not a "#" in code, a paragraph or a setext heading; none
 * past level 6. */
static void
test_deepen_headings (void)
{
  const char      *markdown = "### Technical\n\n"
                              "Paragraph with # inside\n\n"
                              "```\n## not a heading\n```\n\n"
                              "  ## Indented\n\n"
                              "Setext\n------\n\n"
                              "###### Deepest\n";
  g_autofree char *deeper = ladder_markdown_deepen_headings (markdown, 1);
  g_autofree char *same = ladder_markdown_deepen_headings (markdown, 0);

  g_assert_cmpstr (deeper, ==,
                   "#### Technical\n\n"
                   "Paragraph with # inside\n\n"
                   "```\n## not a heading\n```\n\n"
                   "  ### Indented\n\n"
                   "Setext\n------\n\n"
                   "###### Deepest\n");
  g_assert_cmpstr (same, ==, markdown);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/escape/template", test_template);
  g_test_add_func ("/escape/hostile", test_hostile);
  g_test_add_func ("/escape/random", test_random);
  g_test_add_func ("/escape/hugo", test_hugo);
  g_test_add_func ("/escape/deepen-headings", test_deepen_headings);

  return g_test_run ();
}
