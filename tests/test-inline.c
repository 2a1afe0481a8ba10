/* test-inline.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A bullet's Markdown read as runs of styled text and written back: what
 * is read, what is kept as Markdown, the exporter's form for new text, and
 * that an edit rewrites only what changed. Random edits check that what is
 * written reads back as the runs wanted; the corpus's bullets check that
 * unchanged runs keep every byte and that one typed character changes a
 * few bytes only.
 */

#include <string.h>

#include "ladder-inline.h"
#include "ladder-markdown-import.h"
#include "ladder-test-skip.h"

#define N_RANDOM_EDITS 3000

static GPtrArray *
spans_of (const char *first, ...)
{
  GPtrArray *spans = ladder_inline_spans_new ();
  va_list    args;

  va_start (args, first);
  for (const char *text = first; text != NULL; text = va_arg (args, const char *))
    {
      LadderInlineStyle style = va_arg (args, int);
      const char       *url = va_arg (args, const char *);

      g_ptr_array_add (spans, ladder_inline_span_new (text, -1, style, url));
    }
  va_end (args);

  return spans;
}

/* "text|B|url" per span, for messages and comparisons. */
static char *
describe (GPtrArray *spans)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      LadderInlineSpan *span = g_ptr_array_index (spans, i);

      g_string_append_printf (
          out, "[%s|%s%s%s|%s]", span->text, span->style & LADDER_INLINE_BOLD ? "B" : "",
          span->style & LADDER_INLINE_ITALIC ? "I" : "",
          span->style & LADDER_INLINE_CODE ? "C" : "", span->url != NULL ? span->url : "");
    }

  return g_string_free (out, FALSE);
}

static void
assert_parses_as (const char *markdown, const char *expected)
{
  g_autoptr (GPtrArray) spans = ladder_inline_parse (markdown, NULL);
  g_autofree char *described = describe (spans);

  g_assert_nonnull (spans);
  g_assert_cmpstr (described, ==, expected);
}

static void
assert_kept_as_markdown (const char *markdown)
{
  const char *reason = NULL;
  g_autoptr (GPtrArray) spans = ladder_inline_parse (markdown, &reason);

  if (spans != NULL)
    g_test_message ("read %s", markdown);
  g_assert_null (spans);
  g_assert_nonnull (reason);
}

static void
test_parse (void)
{
  assert_parses_as ("", "");
  assert_parses_as ("Plain text", "[Plain text||]");
  assert_parses_as ("Build a *great* team", "[Build a ||][great|I|][ team||]");
  assert_parses_as ("**Product knowledge:** Understand", "[Product knowledge:|B|][ Understand||]");
  assert_parses_as ("__strong__ and _em_", "[strong|B|][ and ||][em|I|]");
  assert_parses_as ("***both***", "[both|BI|]");
  assert_parses_as ("Learn our [core values](/handbook/values/#credit) well",
                    "[Learn our ||][core values||/handbook/values/#credit][ well||]");
  assert_parses_as ("[**bold** link](<a b>)", "[bold|B|a b][ link||a b]");
  assert_parses_as ("See <https://gitlab.com>", "[See ||][https://gitlab.com||https://gitlab.com]");
  assert_parses_as ("Use `git` daily", "[Use ||][git|C|][ daily||]");
  assert_parses_as ("`` a`b ``", "[a`b|C|]");
  assert_parses_as ("P&amp;L and R&D &#65;", "[P&L and R&D A||]");
  assert_parses_as ("1\\. not a list \\*x\\*", "[1. not a list *x*||]");
  assert_parses_as ("one\ntwo", "[one two||]");
  assert_parses_as ("  spaced  ", "[spaced||]");

  /* What runs cannot show, or the page reads otherwise. */
  assert_kept_as_markdown ("A <b>bold</b> claim");
  assert_kept_as_markdown ("An ![image](a.png)");
  assert_kept_as_markdown ("Hard  \nbreak");
  assert_kept_as_markdown ("[titled](/a \"Title\")");
  assert_kept_as_markdown ("Intro:\n- nested\n- list");
  assert_kept_as_markdown ("1. numbered");
  assert_kept_as_markdown ("[on-call]({{< ref \"secops-oncall\" >}})");
  assert_kept_as_markdown ("[more detail required]");
  assert_kept_as_markdown ("See [the page][ref]");
  assert_kept_as_markdown ("A footnote[^1]");
  assert_kept_as_markdown ("para\n\npara");
}

static void
assert_writes (GPtrArray *spans, const char *expected)
{
  gboolean         faithful = FALSE;
  g_autofree char *markdown = ladder_inline_to_markdown (spans, &faithful);

  g_test_message ("wrote %s", markdown);
  g_assert_cmpstr (markdown, ==, expected);
  g_assert_true (faithful);
  g_ptr_array_unref (spans);
}

static void
test_write (void)
{
  assert_writes (spans_of ("Typed **stars** and [brackets]", 0, NULL, NULL),
                 "Typed \\*\\*stars\\*\\* and \\[brackets\\]");
  assert_writes (spans_of ("a ", 0, NULL, "b", LADDER_INLINE_BOLD, NULL, " c", 0, NULL, NULL),
                 "a **b** c");
  assert_writes (spans_of ("a ", 0, NULL, "b", LADDER_INLINE_ITALIC, NULL, NULL), "a _b_");
  assert_writes (spans_of ("in", 0, NULL, "word", LADDER_INLINE_ITALIC, NULL, "s", 0, NULL, NULL),
                 "in*word*s");
  assert_writes (spans_of ("x", LADDER_INLINE_BOLD | LADDER_INLINE_ITALIC, NULL, NULL), "**_x_**");
  assert_writes (spans_of ("Code Review", 0, "/handbook/engineering/workflow/code-review/", NULL),
                 "[Code Review](/handbook/engineering/workflow/code-review/)");
  assert_writes (spans_of ("odd", 0, "a b(c", NULL), "[odd](<a b(c>)");
  assert_writes (spans_of ("amp", 0, "/a?x=1&amp;y", NULL), "[amp](/a?x=1&amp;amp;y)");
  assert_writes (spans_of ("a`b", LADDER_INLINE_CODE, NULL, NULL), "``a`b``");
  assert_writes (spans_of ("`x", LADDER_INLINE_CODE, NULL, NULL), "`` `x ``");
  /* Spaces at the edges: outside the emphasis, and none around the whole. */
  assert_writes (
      spans_of (" lead ", 0, NULL, "bold ", LADDER_INLINE_BOLD, NULL, "next ", 0, NULL, NULL),
      "lead **bold** next");
  assert_writes (spans_of ("{{< ref x >}} & &amp; <!-- -->", 0, NULL, NULL),
                 "{\\{\\< ref x >}} & \\&amp; \\<!\\-\\- -->");
}

static char *
edited (const char *markdown, GPtrArray *spans)
{
  gboolean faithful = FALSE;
  char    *result = ladder_inline_edit (markdown, spans, &faithful);

  g_test_message ("%s became %s", markdown, result);
  g_assert_true (faithful);
  g_ptr_array_unref (spans);
  return result;
}

static void
test_edit_keeps_bytes (void)
{
  /* Nothing changed: the very same bytes, however written. */
  {
    const char *markdown = "__Odd__  *form* with &amp; and [a](<b>) \\!";
    g_autoptr (GPtrArray) spans = ladder_inline_parse (markdown, NULL);
    g_autofree char *result = ladder_inline_edit (markdown, spans, NULL);

    g_assert_cmpstr (result, ==, markdown);
  }

  /* A word typed in plain text: the rest keeps its own form. */
  {
    g_autofree char *result = edited (
        "__Odd__ form &amp; [a](<b>)",
        spans_of ("Odd", LADDER_INLINE_BOLD, NULL, " new form & ", 0, NULL, "a", 0, "b", NULL));

    g_assert_cmpstr (result, ==, "__Odd__ new form &amp; [a](<b>)");
  }

  /* Typed at the end of a bold run, outside it; and inside it. */
  {
    g_autofree char *after = edited ("**Product knowledge:** Understand",
                                     spans_of ("Product knowledge:", LADDER_INLINE_BOLD, NULL,
                                               " now Understand", 0, NULL, NULL));
    g_autofree char *inside = edited (
        "**Product knowledge:** Understand",
        spans_of ("Product knowledge:x", LADDER_INLINE_BOLD, NULL, " Understand", 0, NULL, NULL));

    g_assert_cmpstr (after, ==, "**Product knowledge:** now Understand");
    g_assert_cmpstr (inside, ==, "**Product knowledge:x** Understand");
  }

  /* A word made bold, and part of a bold run made plain. */
  {
    g_autofree char *bolded
        = edited ("Ship __large__ features",
                  spans_of ("Ship ", 0, NULL, "large", LADDER_INLINE_BOLD, NULL, " ", 0, NULL,
                            "features", LADDER_INLINE_BOLD, NULL, NULL));
    g_autofree char *unbolded
        = edited ("**abc** d", spans_of ("a", LADDER_INLINE_BOLD, NULL, "b", 0, NULL, "c",
                                         LADDER_INLINE_BOLD, NULL, " d", 0, NULL, NULL));

    g_assert_cmpstr (bolded, ==, "Ship __large__ **features**");
    g_assert_cmpstr (unbolded, ==, "**a**b**c** d");
  }

  /* A link's text edited, and a link removed. */
  {
    g_autofree char *text = edited (
        "See [the values](/handbook/values/) now",
        spans_of ("See ", 0, NULL, "our values", 0, "/handbook/values/", " now", 0, NULL, NULL));
    g_autofree char *removed = edited ("See [the values](/handbook/values/) now",
                                       spans_of ("See the values now", 0, NULL, NULL));

    g_assert_cmpstr (text, ==, "See [our values](/handbook/values/) now");
    g_assert_cmpstr (removed, ==, "See the values now");
  }

  /* A space typed at the end is not written; the next word is. */
  {
    g_autofree char *space = edited ("word", spans_of ("word ", 0, NULL, NULL));
    g_autofree char *next = edited (space, spans_of ("word n", 0, NULL, NULL));

    g_assert_cmpstr (space, ==, "word");
    g_assert_cmpstr (next, ==, "word n");
  }

  /* Typed Markdown is text. */
  {
    g_autofree char *result
        = edited ("Know", spans_of ("Know **this** [x](javascript:alert(1))", 0, NULL, NULL));

    g_assert_cmpstr (result, ==, "Know \\*\\*this\\*\\* \\[x\\](javascript:alert(1))");
  }
}

static void
test_join (void)
{
  g_autofree char *kept = ladder_inline_join ("__Bold__ start.", "", "And [end](</e>)");
  g_autofree char *fixed = ladder_inline_join ("a *b", "", "c* d");
  g_autofree char *markdown = ladder_inline_join ("<b>x</b>", "", " y");
  g_autoptr (GPtrArray) spans = ladder_inline_parse (fixed, NULL);
  g_autofree char *described = describe (spans);

  g_assert_cmpstr (kept, ==, "__Bold__ start.And [end](</e>)");
  g_assert_cmpstr (described, ==, "[a *bc* d||]");
  g_assert_cmpstr (markdown, ==, "<b>x</b> y");

  /* A link split in two, joined back: one link, as the page had it (two
   * links side by side read the same, but changed the page). */
  {
    g_autofree char *link
        = ladder_inline_join ("and [review database-](https://docs.example/review)", "",
                              "[related changes](https://docs.example/review) first");

    g_assert_cmpstr (link, ==,
                     "and [review database-related changes](https://docs.example/review) first");
  }

  /* Joined with a space: one, whatever the pieces' own edges. */
  {
    g_autofree char *spaced = ladder_inline_join ("Assist with projects,", " ", "as needed");
    g_autofree char *bold = ladder_inline_join ("**Bold**", " ", "then plain");

    g_assert_cmpstr (spaced, ==, "Assist with projects, as needed");
    g_assert_cmpstr (bold, ==, "**Bold** then plain");
  }
}

/* ------------------------------------------------------------------ */
/* Random edits                                                         */

static const char *const samples[] = {
  "Plain",
  "**Product knowledge:** Understand the [technology](/handbook/product/) and features.",
  "Build a *great* procurement program at GitLab",
  "Use `git` and `` a`b `` well, P&amp;L & R&D",
  "__Strong__ _em_ ***both*** [**bold link**](<a b>) <https://x.y>",
  "one\ntwo *three\nfour*",
  "Escapes \\* \\_ \\[ \\# &#32;x",
  "",
};

static const char *const pieces[] = {
  "x", " ",  "*",  "_", "**", "`", "[", "]", "(", ")", "<", ">", "&",          "&amp;",
  "#", "1.", "\\", "{", "{{", "é", "–", "!", "-", "+", "~", "|", "http://a_b", "  ",
};

static LadderInlineStyle
random_style (GRand *rand)
{
  static const LadderInlineStyle styles[] = {
    0,
    0,
    0,
    LADDER_INLINE_BOLD,
    LADDER_INLINE_ITALIC,
    LADDER_INLINE_CODE,
    LADDER_INLINE_BOLD | LADDER_INLINE_ITALIC,
    LADDER_INLINE_BOLD | LADDER_INLINE_CODE,
  };

  return styles[g_rand_int_range (rand, 0, G_N_ELEMENTS (styles))];
}

/* A character boundary of @text at or before @offset. */
static gsize
boundary (const char *text, gsize offset)
{
  while (offset > 0 && (text[offset] & 0xc0) == 0x80)
    offset--;
  return offset;
}

/* @spans with a random change: text typed, text deleted, a style or a link
 * set over a range. */
static GPtrArray *
random_edit (GRand *rand, GPtrArray *spans)
{
  g_autofree char *text = ladder_inline_spans_to_text (spans);
  gsize            length = strlen (text);
  gsize            a = boundary (text, (gsize) g_rand_int_range (rand, 0, (gint32) length + 1));
  gsize b = boundary (text, a + (gsize) g_rand_int_range (rand, 0, (gint32) (length - a) + 1));
  g_autoptr (GPtrArray) head = ladder_inline_spans_slice (spans, 0, a);
  g_autoptr (GPtrArray) middle = ladder_inline_spans_slice (spans, a, b);
  g_autoptr (GPtrArray) tail = ladder_inline_spans_slice (spans, b, length);
  GPtrArray *result = ladder_inline_spans_new ();

  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      g_ptr_array_set_size (middle, 0);
      g_ptr_array_add (middle, ladder_inline_span_new (
                                   pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))], -1,
                                   random_style (rand), g_rand_boolean (rand) ? NULL : "/h"));
      break;

    case 1:
      g_ptr_array_set_size (middle, 0);
      break;

    case 2:
      for (guint i = 0; i < middle->len; i++)
        ((LadderInlineSpan *) g_ptr_array_index (middle, i))->style = random_style (rand);
      break;

    default:
      for (guint i = 0; i < middle->len; i++)
        {
          LadderInlineSpan *span = g_ptr_array_index (middle, i);

          g_free (span->url);
          span->url = g_rand_boolean (rand) ? g_strdup ("https://about.gitlab.com/(x)") : NULL;
        }
      break;
    }

  g_ptr_array_extend_and_steal (result, g_steal_pointer (&head));
  g_ptr_array_extend_and_steal (result, g_steal_pointer (&middle));
  g_ptr_array_extend_and_steal (result, g_steal_pointer (&tail));
  return result;
}

/* Whatever the edit, what is written reads back as the runs wanted, or,
 * where Markdown cannot write them, as their text at least. */
static void
test_random_edits (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20260101);
  guint unfaithful = 0;

  for (guint i = 0; i < N_RANDOM_EDITS; i++)
    {
      g_autofree char *markdown = g_strdup (samples[i % G_N_ELEMENTS (samples)]);

      for (guint step = 0; step < 6; step++)
        {
          g_autoptr (GPtrArray) spans = ladder_inline_parse (markdown, NULL);
          g_autoptr (GPtrArray) wanted = NULL;
          g_autoptr (GPtrArray) normalized = NULL;
          g_autoptr (GPtrArray) back = NULL;
          gboolean faithful = FALSE;
          char    *next;

          g_assert_nonnull (spans);
          wanted = random_edit (rand, spans);
          normalized = ladder_inline_spans_normalize (wanted);
          next = ladder_inline_edit (markdown, wanted, &faithful);
          back = ladder_inline_parse (next, NULL);

          if (back == NULL || (faithful && !ladder_inline_spans_equal (back, normalized)))
            {
              g_autofree char *want = describe (normalized);
              g_autofree char *got = describe (back);

              g_test_message ("from %s wanted %s wrote %s read %s", markdown, want, next, got);
              g_assert_not_reached ();
            }

          if (!faithful)
            {
              g_autofree char *want = ladder_inline_spans_to_text (normalized);
              g_autofree char *got = ladder_inline_spans_to_text (back);
              if (g_strcmp0 (got, want) != 0)
                {
                  g_autofree char *styled = describe (normalized);

                  g_test_message ("could not write %s: wrote %s", styled, next);
                }
              g_assert_cmpstr (got, ==, want);
              unfaithful++;
            }

          g_free (markdown);
          markdown = next;
        }
    }

  g_test_message ("%u of %u random edits could not be written with their styles", unfaithful,
                  N_RANDOM_EDITS * 6);
  /* Those are emphasis on punctuation between letters ("progr**?**m"),
   * which Markdown cannot write: rare in what people type, common in what
   * random edits make. */
  g_assert_cmpuint (unfaithful, <, N_RANDOM_EDITS * 6 / 12);
}

/* ------------------------------------------------------------------ */
/* The corpus                                                           */

typedef struct
{
  guint bullets;
  guint read;
  guint typed;
  gsize most_changed;
} CorpusTally;

/* The bytes of @b that differ from @a, between their common start and end. */
static gsize
changed_bytes (const char *a, const char *b)
{
  gsize la = strlen (a), lb = strlen (b), prefix = 0, suffix = 0;

  while (prefix < la && prefix < lb && a[prefix] == b[prefix])
    prefix++;
  while (suffix < la - prefix && suffix < lb - prefix && a[la - 1 - suffix] == b[lb - 1 - suffix])
    suffix++;

  return lb - prefix - suffix;
}

static void
check_bullet (const char *markdown, GRand *rand, CorpusTally *tally)
{
  g_autoptr (GPtrArray) spans = ladder_inline_parse (markdown, NULL);
  g_autofree char *same = NULL;
  g_autofree char *text = NULL;
  gboolean         faithful = FALSE;

  tally->bullets++;
  if (spans == NULL)
    return;
  tally->read++;

  /* Read and written back unchanged: every byte kept. */
  same = ladder_inline_edit (markdown, spans, &faithful);
  g_assert_cmpstr (same, ==, markdown);
  g_assert_true (faithful);

  /* Its runs written anew in the exporter's form read back the same. */
  {
    g_autofree char *canonical = ladder_inline_to_markdown (spans, &faithful);
    g_autoptr (GPtrArray) back = ladder_inline_parse (canonical, NULL);
    g_autoptr (GPtrArray) normalized = ladder_inline_spans_normalize (spans);

    g_assert_true (faithful);
    g_assert_true (ladder_inline_spans_equal (back, normalized));
  }

  /* A letter typed somewhere in plain text: a few bytes change. */
  text = ladder_inline_spans_to_text (spans);
  if (*text != '\0')
    {
      gsize offset = boundary (text, (gsize) g_rand_int_range (rand, 0, (gint32) strlen (text)));
      g_autoptr (GPtrArray) head = ladder_inline_spans_slice (spans, 0, offset);
      g_autoptr (GPtrArray) tail = ladder_inline_spans_slice (spans, offset, strlen (text));
      g_autoptr (GPtrArray) wanted = ladder_inline_spans_new ();
      LadderInlineSpan *before = head->len > 0 ? g_ptr_array_index (head, head->len - 1) : NULL;
      g_autofree char  *typed = NULL;
      g_autoptr (GPtrArray) back = NULL;
      g_autoptr (GPtrArray) normalized = NULL;

      g_ptr_array_add (wanted, ladder_inline_span_new ("y", -1, before != NULL ? before->style : 0,
                                                       before != NULL ? before->url : NULL));
      g_ptr_array_extend_and_steal (head, g_steal_pointer (&wanted));
      g_ptr_array_extend_and_steal (head, g_steal_pointer (&tail));
      typed = ladder_inline_edit (markdown, head, &faithful);
      back = ladder_inline_parse (typed, NULL);
      normalized = ladder_inline_spans_normalize (head);

      g_assert_true (faithful);
      g_assert_true (ladder_inline_spans_equal (back, normalized));
      tally->typed++;
      tally->most_changed = MAX (tally->most_changed, changed_bytes (markdown, typed));
      if (changed_bytes (markdown, typed) > 24)
        g_test_message ("%s\n  became %s", markdown, typed);
    }
}

static void
test_corpus (void)
{
  const char *dir = g_getenv ("LADDER_CORPUS_DIR");
  g_autoptr (GDir) folder = NULL;
  g_autoptr (GRand) rand = g_rand_new_with_seed (42);
  CorpusTally tally = { 0 };
  const char *name;

  folder = dir != NULL ? g_dir_open (dir, 0, NULL) : NULL;
  if (folder == NULL)
    {
      ladder_test_skip_case ("no corpus: set LADDER_CORPUS_DIR to the handbook pages");
      return;
    }

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      g_autoptr (LadderFamily) family = NULL;
      gsize       length;
      GListModel *roles;

      if (!g_str_has_suffix (name, ".md"))
        continue;

      path = g_build_filename (dir, name, NULL);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      family = ladder_markdown_import (contents, length, path, NULL);
      if (family == NULL)
        continue;

      roles = ladder_family_get_roles (family);
      for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
        {
          g_autoptr (LadderRole) role = g_list_model_get_item (roles, r);

          for (int list = LADDER_BULLET_LIST_RESPONSIBILITIES;
               list <= LADDER_BULLET_LIST_REQUIREMENTS; list++)
            {
              GListModel *bullets = ladder_role_get_bullets (role, (LadderBulletList) list);

              for (guint b = 0; b < g_list_model_get_n_items (bullets); b++)
                {
                  g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, b);

                  check_bullet (ladder_bullet_get_text (bullet), rand, &tally);
                }
            }
        }
    }

  g_test_message (
      "%u bullets, %u read as styled text (%.1f%%); one letter typed into %u changed at most "
      "%" G_GSIZE_FORMAT " bytes",
      tally.bullets, tally.read, 100.0 * tally.read / MAX (tally.bullets, 1), tally.typed,
      tally.most_changed);
  g_assert_cmpuint (tally.bullets, >, 10000);
  g_assert_cmpuint (tally.read * 100, >=, tally.bullets * 99);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/inline/parse", test_parse);
  g_test_add_func ("/inline/write", test_write);
  g_test_add_func ("/inline/edit-keeps-bytes", test_edit_keeps_bytes);
  g_test_add_func ("/inline/join", test_join);
  g_test_add_func ("/inline/random-edits", test_random_edits);
  g_test_add_func ("/inline/corpus", test_corpus);

  return g_test_run ();
}
