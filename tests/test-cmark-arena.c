/* test-cmark-arena.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A tree parsed into an arena is the tree libcmark parses on its own:
 * rendered back, both give the same bytes, for pages that make the
 * arena's buffers grow in place (a long paragraph), move (growth after
 * other allocations) and span many blocks (many nodes); and arenas of
 * several threads at once do not mix.
 */

#include <string.h>

#include "ladder-cmark-arena.h"

static void
assert_same_tree (const char *text)
{
  gsize length = strlen (text);
  cmark_node *plain = cmark_parse_document (text, length, CMARK_OPT_SOURCEPOS);
  char *expected = cmark_render_xml (plain, CMARK_OPT_SOURCEPOS);
  LadderCmarkArena *arena = NULL;
  cmark_node *document = ladder_cmark_arena_parse (&arena, text, length, CMARK_OPT_SOURCEPOS);
  /* Made with the arena's allocator, and freed with it. */
  char *actual = cmark_render_xml (document, CMARK_OPT_SOURCEPOS);

  g_assert_cmpstr (actual, ==, expected);

  ladder_cmark_arena_free (arena);
  free (expected);
  cmark_node_free (plain);
}

static char *
long_paragraph (guint n_words)
{
  GString *text = g_string_new ("# A heading\n\n");

  for (guint i = 0; i < n_words; i++)
    g_string_append_printf (text, "word%u *em%u* `code` [link](https://example.com/%u)\n", i, i, i);

  return g_string_free (text, FALSE);
}

static char *
many_blocks (guint n_blocks)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_blocks; i++)
    g_string_append_printf (text, "## Part %u\n\n- a bullet with **bold** %u\n- and another\n\n> quoted %u\n\n"
                            "```\ncode %u\n```\n\n| a | b |\n|---|---|\n| %u | x |\n\n",
                            i, i, i, i, i);

  return g_string_free (text, FALSE);
}

static void
test_same_tree (void)
{
  g_autofree char *paragraph = long_paragraph (20000);
  g_autofree char *blocks = many_blocks (3000);

  assert_same_tree ("");
  assert_same_tree ("A line.\n");
  assert_same_tree ("*a* **b** `c` [d](e \"f\") ![g](h)\n\n1. one\n2. two\n\n<div>html</div>\n");
  assert_same_tree (paragraph);
  assert_same_tree (blocks);
}

static gpointer
parse_in_thread (gpointer data)
{
  for (guint i = 0; i < 20; i++)
    assert_same_tree (data);

  return NULL;
}

static void
test_threads (void)
{
  g_autofree char *paragraph = long_paragraph (2000);
  g_autofree char *blocks = many_blocks (300);
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("parse", parse_in_thread, i % 2 == 0 ? paragraph : blocks);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cmark-arena/same-tree", test_same_tree);
  g_test_add_func ("/cmark-arena/threads", test_threads);

  return g_test_run ();
}
