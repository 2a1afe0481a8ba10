/* ladder-cmark-arena.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-cmark-arena.h"

#include <string.h>

/*
 * The importer parses a page, reads the tree once and drops it whole.
 * libcmark allocates every node and buffer on its own, and frees each one
 * again: a fifth of an import went to malloc and free. Here the tree's
 * memory is taken from a few large blocks and given back in one go.
 *
 * libcmark's allocator callbacks have no user data, so the arena in use
 * is the calling thread's: one document per thread at a time, from its
 * parse to ladder_cmark_arena_free(), during which the tree may be read
 * (reading allocates too: libcmark makes a node's strings on demand).
 * Each allocation is preceded by its size, for realloc; the last one grows
 * in place, which is how a paragraph's text grows while it is read.
 */

#define HEADER 16
#define BLOCK_SIZE (64 * 1024)

typedef struct _Block Block;

struct _Block
{
  Block *previous;
  gsize  size;
  gsize  used;
  /* Then the allocations, each at a multiple of HEADER. */
};

struct _LadderCmarkArena
{
  Block *block;
  char  *last;
};

static __thread LadderCmarkArena *current;

G_STATIC_ASSERT (sizeof (Block) <= HEADER * 2);

static char *
block_data (Block *block)
{
  return (char *) block + HEADER * 2;
}

static gsize
round_up (gsize size)
{
  return (size + HEADER - 1) & ~(gsize) (HEADER - 1);
}

static void *
arena_alloc (gsize size)
{
  LadderCmarkArena *arena = current;
  gsize needed;
  Block *block;
  char *p;

  g_assert (arena != NULL);

  if (size > G_MAXSIZE / 2)
    g_error ("%s: failed to allocate %" G_GSIZE_FORMAT " bytes", G_STRLOC, size);

  needed = HEADER + round_up (size);
  block = arena->block;
  if (block == NULL || block->size - block->used < needed)
    {
      gsize block_size = MAX (BLOCK_SIZE, needed);

      block = g_malloc (HEADER * 2 + block_size);
      block->size = block_size;
      block->used = 0;
      block->previous = arena->block;
      arena->block = block;
    }

  p = block_data (block) + block->used;
  block->used += needed;
  *(gsize *) p = size;
  arena->last = p + HEADER;

  return p + HEADER;
}

static void *
arena_calloc (size_t count,
              size_t size)
{
  void *pointer;

  if (size != 0 && count > G_MAXSIZE / size)
    g_error ("%s: overflow allocating %" G_GSIZE_FORMAT "*%" G_GSIZE_FORMAT " bytes", G_STRLOC, count,
             size);

  pointer = arena_alloc (count * size);
  memset (pointer, 0, count * size);
  return pointer;
}

static void *
arena_realloc (void   *pointer,
               size_t  size)
{
  LadderCmarkArena *arena = current;
  gsize old_size;
  char *moved;

  if (pointer == NULL)
    return arena_alloc (size);

  old_size = *(gsize *) ((char *) pointer - HEADER);

  /* The last allocation grows in place while its block has room. */
  if (pointer == arena->last)
    {
      Block *block = arena->block;
      gsize start = (gsize) ((char *) pointer - block_data (block));

      if (block->size - start >= round_up (size))
        {
          block->used = start + round_up (size);
          *(gsize *) ((char *) pointer - HEADER) = size;
          return pointer;
        }
    }

  if (size <= old_size)
    return pointer;

  moved = arena_alloc (size);
  memcpy (moved, pointer, old_size);
  return moved;
}

static void
arena_free (void *pointer)
{
  /* Everything goes with the arena. */
}

static cmark_mem arena_mem = { arena_calloc, arena_realloc, arena_free };

/**
 * ladder_cmark_arena_parse:
 * @arena: (out): where to put the arena that holds the tree
 * @text: Markdown
 * @length: its length
 * @options: libcmark options
 *
 * Parses @text as cmark_parse_document() does, into an arena of the
 * calling thread. The tree is read in this thread only, and goes with
 * ladder_cmark_arena_free(), not cmark_node_free().
 *
 * Returns: (transfer none): the document
 */
cmark_node *
ladder_cmark_arena_parse (LadderCmarkArena **arena,
                          const char        *text,
                          gsize              length,
                          int                options)
{
  cmark_parser *parser;
  cmark_node *document;

  g_return_val_if_fail (arena != NULL, NULL);
  g_return_val_if_fail (current == NULL, NULL);

  *arena = g_new0 (LadderCmarkArena, 1);
  current = *arena;

  parser = cmark_parser_new_with_mem (options, &arena_mem);
  cmark_parser_feed (parser, text, length);
  document = cmark_parser_finish (parser);
  cmark_parser_free (parser);

  return document;
}

/**
 * ladder_cmark_arena_free:
 * @arena: (nullable): an arena from ladder_cmark_arena_parse()
 *
 * Frees the tree parsed into @arena, all at once.
 */
void
ladder_cmark_arena_free (LadderCmarkArena *arena)
{
  Block *block;

  if (arena == NULL)
    return;

  g_return_if_fail (current == arena);
  current = NULL;

  block = arena->block;
  while (block != NULL)
    {
      Block *previous = block->previous;

      g_free (block);
      block = previous;
    }
  g_free (arena);
}
