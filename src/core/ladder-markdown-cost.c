/* ladder-markdown-cost.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-markdown-cost.h"

#include <string.h>

/*
 * What libcmark would cost to parse a text, estimated by one cheap pass
 * before it is parsed, generously, so that the importer and the preview
 * hand libcmark only texts it reads in bounded time and memory. Two costs
 * are estimated.
 *
 * Memory. libcmark makes a node of a hundred bytes and more of every
 * bracket, entity, backslash, emphasis mark, line and container marker: a
 * text made of them would take many times its size. Past a budget that no
 * real page comes near (they cost about 5 bytes a byte) the text is not
 * parsed.
 *
 * Time. libcmark 0.30 (Debian 12's) is linear on every shape tried but
 * one family, found by timing the `cmark` program on repetitions of short
 * patterns of brackets, images, links, emphasis, backticks, HTML,
 * entities, autolinks, lists, quotes and tables (bench/cmark-shapes.py):
 * each link it closes walks back over every image opener "![" still open
 * in the paragraph (to deactivate the link openers below them, which it
 * does not stop at), so "![[]()" repeated, or "![" runs followed by
 * links, take time quadratic in the paragraph's length: 240 KB takes
 * seconds, 480 KB a quarter of a minute. That walk is bounded by the
 * image openers times the closing brackets of the paragraph, which is
 * what is counted, per paragraph (a run of non-blank lines holds every
 * paragraph libcmark sees in it, so the count is never lower), and summed.
 * Real paragraphs have a few images and tens of links.
 */

#define MARKUP_EVENT_COST 180
#define MARKUP_BUDGET(length) (16 * (guint64) (length) + 48 * 1024 * 1024)

/* Walk steps: about 4 ns each, so the budget is well under a second. */
#define QUADRATIC_BUDGET ((guint64) 1 << 24)

/* Block quote and list markers at the start of a line, nested or not. */
static guint64
count_container_markers (const char *p,
                         const char *end)
{
  guint64 events = 0;

  for (;;)
    {
      const char *digits;
      gboolean marker;

      while (p < end && (*p == ' ' || *p == '\t'))
        p++;
      if (p >= end)
        break;

      if (*p == '>')
        {
          events += 1;
          p++;
          continue;
        }

      digits = p;
      while (p < end && p - digits < 9 && g_ascii_isdigit (*p))
        p++;
      if (p > digits)
        marker = p < end && (*p == '.' || *p == ')');
      else
        marker = *p == '-' || *p == '+' || *p == '*';

      if (marker)
        {
          p++;
          if (p == end || *p == ' ' || *p == '\t' || *p == '\n')
            {
              events += 2;
              continue;
            }
        }
      break;
    }

  return events;
}

/* Whether the line at @p holds only spaces and tabs. Only a line feed
 * ends a line here: the importer hands libcmark a lone carriage return as
 * a space, and elsewhere a run split at fewer places only counts more. */
static gboolean
line_is_blank (const char *p,
               const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;

  return p == end || *p == '\n';
}

/* The bytes that count, in a line past its start. */
static const guint8 counted[256] = {
  ['\n'] = TRUE, ['!'] = TRUE, [']'] = TRUE, ['\\'] = TRUE, ['&'] = TRUE, ['['] = TRUE,
  ['<'] = TRUE, ['*'] = TRUE, ['_'] = TRUE, ['`'] = TRUE,
};

/**
 * ladder_markdown_cost:
 * @text: Markdown (without front matter)
 * @length: its length in bytes
 * @where: (out) (optional): for %LADDER_MARKDOWN_COST_QUADRATIC, the offset
 *   of the costliest paragraph; 0 otherwise
 *
 * Estimates what libcmark would cost to parse @text, in one pass over it.
 *
 * Returns: %LADDER_MARKDOWN_COST_BOUNDED when @text may be parsed
 */
LadderMarkdownCost
ladder_markdown_cost (const char *text,
                      gsize       length,
                      gsize      *where)
{
  const char *end = text + length;
  const char *cr = memchr (text, '\r', length);
  guint64 events = 0;
  guint64 walk = 0;
  guint64 costliest = 0;
  gsize costliest_start = 0;
  /* The current run of non-blank lines. */
  const char *run = NULL;
  guint64 image_openers = 0;
  guint64 closers = 0;
  gboolean line_start = TRUE;

  for (; cr != NULL; cr = memchr (cr + 1, '\r', (gsize) (end - cr - 1)))
    if (cr + 1 == end || cr[1] != '\n')
      {
        if (where != NULL)
          *where = (gsize) (cr - text);
        return LADDER_MARKDOWN_COST_LONE_CARRIAGE_RETURN;
      }
    else if (cr + 2 >= end)
      break;

  if (where != NULL)
    *where = 0;

  for (const char *p = text;; p++)
    {
      /* Within a line, only the bytes the switch below counts matter. */
      if (!line_start)
        while (p < end && !counted[(guchar) *p])
          p++;

      /* A run ends at a blank line, and at the end of the text. */
      if (p == end || (line_start && line_is_blank (p, end)))
        {
          if (run != NULL && image_openers * closers > costliest)
            {
              costliest = image_openers * closers;
              costliest_start = (gsize) (run - text);
            }
          walk += image_openers * closers;
          run = NULL;
          image_openers = closers = 0;
        }
      else if (line_start && run == NULL)
        {
          run = p;
        }

      if (p == end)
        break;

      if (line_start)
        {
          events += count_container_markers (p, end);
          line_start = FALSE;
        }

      switch (*p)
        {
        case '\n':
          events += 2;
          line_start = TRUE;
          break;
        case '!':
          events += 1;
          if (p + 1 < end && p[1] == '[')
            image_openers++;
          break;
        case ']':
          events += 1;
          closers++;
          break;
        case '\\':
        case '&':
        case '[':
          events += 1;
          break;
        case '<':
          events += 3;
          break;
        case '*':
        case '_':
        case '`':
          if (p == text || p[-1] != *p)
            events += 2;
          break;
        default:
          break;
        }
    }

  if (walk > QUADRATIC_BUDGET)
    {
      if (where != NULL)
        *where = costliest_start;
      return LADDER_MARKDOWN_COST_QUADRATIC;
    }

  if (events * MARKUP_EVENT_COST > MARKUP_BUDGET (length))
    return LADDER_MARKDOWN_COST_TOO_MUCH_MARKUP;

  return LADDER_MARKDOWN_COST_BOUNDED;
}
