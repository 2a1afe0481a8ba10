/* test-link.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The link judge: what a renderer turns into a javascript:, data: or other
 * URL is refused however it is spelled (entities, escapes, percent-escapes,
 * blanks inside the scheme), and a Hugo shortcode is a link only as one
 * plain ref or relref. Each refused link is also exported and rendered with
 * libcmark, to see that the page never gets it.
 */

#include <string.h>

#include <cmark.h>

#include <ladder-family.h>
#include <ladder-link.h>
#include <ladder-markdown-export.h>

static const char *const allowed[] = {
  "",
  "https://handbook.gitlab.com/job-families/",
  "HTTP://example.com",
  "http://example.com/a%3Ab?c=d:e#f",
  "mailto:jobs@example.com",
  "/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades",
  "#gitlab-job-grades",
  "../marketing/director/",
  "director.md",
  "a/b:c",
  "//example.com/x",
  "/search?q=a:b",
  "{{< ref \"compensation-calculator#gitlab-job-grades\" >}}",
  "{{< relref \"/handbook/marketing\" >}}",
  "{{<ref \"a.md\">}}",
  "{{<  ref\t\"a\"  >}}",
  "javascript&amp;colon;alert(1)",
};

static const char *const refused[] = {
  /* The issue's cases */
  "javascript&colon;alert(document.domain)",
  "java&#115;cript:alert(1)",
  "javascript&#x3a;alert(1)",
  "data&colon;text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "{{%include-secret%}}",
  "{{< ref \"a\" >}}{{% readfile \"/etc/passwd\" %}}",
  /* Plain dangerous schemes */
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "vbscript:msgbox(1)",
  "data:text/html,<script>alert(1)</script>",
  "file:///etc/passwd",
  "tel:+15550100",
  /* Entities */
  "&#106;avascript:alert(1)",
  "&#x6A;avascript:alert(1)",
  "&#X6a;avascript:alert(1)",
  "javascript&#58;alert(1)",
  "javascript&#0000058;alert(1)",
  "java&Tab;script:alert(1)",
  "java&NewLine;script:alert(1)",
  "&fjlig;ile:///etc/passwd",
  /* Backslash escapes, percent-escapes, blanks and controls */
  "javascript\\:alert(1)",
  "javascript%3Aalert(1)",
  "javascript%3aalert(1)",
  "javascript%253Aalert(1)",
  "java%09script:alert(1)",
  "java%0Ascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  " javascript:alert(1)",
  "\x01javascript:alert(1)",
  "javascript :alert(1)",
  /* Shortcodes other than one plain ref */
  "{{< ref \"a\" \"b\" >}}",
  "{{< ref a >}}",
  "{{% ref \"a\" %}}",
  "{{< ref \"a b\" >}}",
  "{{< ref \"\" >}}",
  "{{< ref \"a\\\"b\" >}}",
  "{{< ref \"{{% x %}}\" >}}",
  "{{< readfile \"/etc/passwd\" >}}",
  "{{< refx \"a\" >}}",
  "x{{< ref \"a\" >}}",
  "{{< ref \"a\" >}}x",
  "{{< ref \"a\" >}}\n",
  "/path/{{%x%}}",
  "{{",
};

static void
test_allowed (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    {
      g_test_message ("%s", allowed[i]);
      g_assert_true (ladder_link_is_allowed (allowed[i]));
    }
}

static void
test_refused (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *escaped = g_strescape (refused[i], NULL);

      if (ladder_link_is_allowed (refused[i]))
        {
          g_test_message ("\"%s\" was allowed", escaped);
          g_test_fail ();
        }
    }
}

static void
test_hugo_ref (void)
{
  g_assert_true (ladder_link_is_hugo_ref ("{{< ref \"a\" >}}"));
  g_assert_true (ladder_link_is_hugo_ref ("{{< relref \"a/b.md#c\" >}}"));
  g_assert_false (ladder_link_is_hugo_ref ("{{< ref \"a\" >}}{{< ref \"b\" >}}"));
  g_assert_false (ladder_link_is_hugo_ref ("{{% ref \"a\" %}}"));
  g_assert_false (ladder_link_is_hugo_ref ("{{< ref 'a' >}}"));
  g_assert_false (ladder_link_is_hugo_ref ("{{< ref \"a%\" >}}"));
  g_assert_false (ladder_link_is_hugo_ref (NULL));
}

/* Every HTML5 named character reference that stands for ASCII text, as a
 * CommonMark renderer decodes it. */
static const struct
{
  const char *name;
  const char *text;
} ascii_entities[] = {
  { "Tab", "\t" },         { "NewLine", "\n" },
  { "excl", "!" },         { "quot", "\"" },
  { "QUOT", "\"" },        { "num", "#" },
  { "dollar", "$" },       { "percnt", "%" },
  { "amp", "&" },          { "AMP", "&" },
  { "apos", "'" },         { "lpar", "(" },
  { "rpar", ")" },         { "ast", "*" },
  { "midast", "*" },       { "plus", "+" },
  { "comma", "," },        { "period", "." },
  { "sol", "/" },          { "colon", ":" },
  { "semi", ";" },         { "lt", "<" },
  { "LT", "<" },           { "equals", "=" },
  { "gt", ">" },           { "GT", ">" },
  { "quest", "?" },        { "commat", "@" },
  { "lsqb", "[" },         { "lbrack", "[" },
  { "bsol", "\\" },        { "rsqb", "]" },
  { "rbrack", "]" },       { "Hat", "^" },
  { "lowbar", "_" },       { "UnderBar", "_" },
  { "grave", "`" },        { "DiacriticalGrave", "`" },
  { "lcub", "{" },         { "lbrace", "{" },
  { "verbar", "|" },       { "vert", "|" },
  { "VerticalLine", "|" }, { "rcub", "}" },
  { "rbrace", "}" },       { "fjlig", "fj" },
};

static char *
cmark_decode (const char *markdown)
{
  cmark_node *document = cmark_parse_document (markdown, strlen (markdown), CMARK_OPT_DEFAULT);
  cmark_node *text = cmark_node_first_child (cmark_node_first_child (document));
  char       *literal = g_strdup (cmark_node_get_literal (text));

  cmark_node_free (document);
  return literal;
}

/* An HTML attribute is decoded the way a browser does: named references
 * as CommonMark decodes them, numeric ones with or without a semicolon. */
static void
test_html_value (void)
{
  static const char *const html_refused[] = {
    "javascript:alert(1)",      "javascript&colon;alert(1)",
    "&#106avascript:alert(1)",  "&#x6a&#x61vascript:alert(1)",
    "java&Tab;script:alert(1)", "java\nscript:alert(1)",
    "data:text/html,x",         "jav&#x09;ascript:alert(1)",
    "javascript&#58alert(1)",
  };
  static const char *const html_allowed[] = {
    "https://www.youtube.com/embed/5RYc0KqX48Q",
    "/images/a.png",
    "#top",
    "javascript&amp;colon;alert(1)",
    "&#x6a;unk/path:x",
  };

  for (guint i = 0; i < G_N_ELEMENTS (html_refused); i++)
    if (ladder_link_html_value_is_allowed (html_refused[i], strlen (html_refused[i])))
      g_test_fail_printf ("\"%s\" was allowed in an attribute", html_refused[i]);

  for (guint i = 0; i < G_N_ELEMENTS (html_allowed); i++)
    if (!ladder_link_html_value_is_allowed (html_allowed[i], strlen (html_allowed[i])))
      g_test_fail_printf ("\"%s\" was refused in an attribute", html_allowed[i]);

  /* "&#x6a;unk/path:x" is "junk/path:x" decoded, a relative path; and a
   * value with a NUL in it is judged on the rest. */
  g_assert_false (ladder_link_html_value_is_allowed ("java\0script:x", 13));

  for (guint i = 0; i < G_N_ELEMENTS (ascii_entities); i++)
    {
      g_autofree char *markdown = g_strdup_printf ("a&%s;b", ascii_entities[i].name);
      g_autofree char *expected = g_strdup_printf ("a%sb", ascii_entities[i].text);
      g_autofree char *decoded = cmark_decode (markdown);

      g_assert_cmpstr (decoded, ==, expected);

      if (g_str_equal (ascii_entities[i].text, ":"))
        {
          g_autofree char *value
              = g_strdup_printf ("javascript&%s;alert(1)", ascii_entities[i].name);

          g_assert_false (ladder_link_html_value_is_allowed (value, strlen (value)));
          g_assert_false (ladder_link_is_allowed (value));
        }
      else if (g_ascii_isspace (ascii_entities[i].text[0]))
        {
          g_autofree char *value
              = g_strdup_printf ("java&%s;script:alert(1)", ascii_entities[i].name);

          g_assert_false (ladder_link_html_value_is_allowed (value, strlen (value)));
          g_assert_false (ladder_link_is_allowed (value));
        }
    }
}

/* What a renderer makes of a role whose manager link is @link. */
static char *
rendered_href (const char *link)
{
  g_autoptr (LadderFamily) family = ladder_family_new ();
  g_autoptr (LadderRole) role = ladder_role_new ("Designer");
  g_autoptr (GString) page = NULL;
  char *html;

  ladder_role_set_reports_to (role, "Boss");
  ladder_role_set_reports_to_link (role, link);
  ladder_family_append_role (family, role);
  page = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
  html = cmark_markdown_to_html (page->str, page->len, CMARK_OPT_UNSAFE);

  return html;
}

/* A link the judge refuses never reaches the page, even when the model is
 * given it directly; the manager's name stays, unlinked. */
static void
test_export_drops_refused (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *html = rendered_href (refused[i]);

      if (strstr (html, "href=") != NULL || strstr (html, "readfile") != NULL
          || strstr (html, "include-secret") != NULL)
        {
          g_autofree char *escaped = g_strescape (refused[i], NULL);

          g_test_message ("\"%s\" was written: %s", escaped, html);
          g_test_fail ();
        }
      g_assert_nonnull (strstr (html, "Boss"));
    }

  {
    g_autofree char *html = rendered_href ("https://example.com/boss");

    g_assert_nonnull (strstr (html, "href=\"https://example.com/boss\""));
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/link/allowed", test_allowed);
  g_test_add_func ("/link/refused", test_refused);
  g_test_add_func ("/link/hugo-ref", test_hugo_ref);
  g_test_add_func ("/link/html-value", test_html_value);
  g_test_add_func ("/link/export-drops-refused", test_export_drops_refused);

  return g_test_run ();
}
