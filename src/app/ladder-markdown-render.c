/* ladder-markdown-render.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-markdown-render.h"

#include <cmark.h>
#include <string.h>

#include "ladder-markdown-cost.h"
#include "ladder-yaml.h"

#define MAX_TAGS 16

typedef struct
{
  GtkTextBuffer *buffer;
  GtkTextIter    end;
  GtkTextTag    *tags[MAX_TAGS];
  guint          n_tags;
  /* Per open list: its number, or 0 for bullets. */
  int            numbers[32];
  guint          depth;
  /* Characters since the buffer's last line end. */
  gsize          column;
  /* Where each block starts, when asked; the page's line of the body's
   * first line. */
  GArray        *anchors;
  guint          first_line;
} Renderer;

static void
ensure_tags (GtkTextBuffer *buffer)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  static const double scales[] = { 2.0, 1.6, 1.35, 1.15, 1.05, 1.0 };

  if (gtk_text_tag_table_lookup (table, "h1") != NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      g_autofree char *name = g_strdup_printf ("h%u", i + 1);

      gtk_text_buffer_create_tag (buffer, name,
                                  "weight", PANGO_WEIGHT_BOLD,
                                  "scale", scales[i],
                                  "pixels-above-lines", 12,
                                  "pixels-below-lines", 6,
                                  NULL);
    }

  gtk_text_buffer_create_tag (buffer, "strong", "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (buffer, "emph", "style", PANGO_STYLE_ITALIC, NULL);
  gtk_text_buffer_create_tag (buffer, "code", "family", "monospace", NULL);
  gtk_text_buffer_create_tag (buffer, "link", "foreground", "#1c71d8", "underline", PANGO_UNDERLINE_SINGLE, NULL);
  gtk_text_buffer_create_tag (buffer, "html", "foreground", "#77767b", "family", "monospace", NULL);
  gtk_text_buffer_create_tag (buffer, "quote", "left-margin", 24, "style", PANGO_STYLE_ITALIC, NULL);
  gtk_text_buffer_create_tag (buffer, "paragraph", "pixels-below-lines", 8, NULL);

  for (guint i = 1; i <= 8; i++)
    {
      g_autofree char *name = g_strdup_printf ("list%u", i);

      gtk_text_buffer_create_tag (buffer, name, "left-margin", 12 + 20 * (int) i, "indent", -14, NULL);
    }
}

static void
push_tag (Renderer   *renderer,
          const char *name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (renderer->buffer), name);

  if (tag != NULL && renderer->n_tags < MAX_TAGS)
    renderer->tags[renderer->n_tags++] = tag;
}

static void
pop_tag (Renderer *renderer)
{
  if (renderer->n_tags > 0)
    renderer->n_tags--;
}

static void
insert_piece (Renderer   *renderer,
              const char *text,
              gsize       length)
{
  int offset = gtk_text_iter_get_offset (&renderer->end);
  GtkTextIter start;

  gtk_text_buffer_insert (renderer->buffer, &renderer->end, text, (int) length);
  gtk_text_buffer_get_iter_at_offset (renderer->buffer, &start, offset);

  for (guint i = 0; i < renderer->n_tags; i++)
    gtk_text_buffer_apply_tag (renderer->buffer, renderer->tags[i], &start, &renderer->end);
}

/* Inserts @text with the open tags, its lines cut at
 * LADDER_MARKDOWN_RENDER_MAX_LINE characters. */
static void
insert (Renderer   *renderer,
        const char *text,
        int         length)
{
  const char *end = text + (length < 0 ? strlen (text) : (gsize) length);

  while (text < end)
    {
      const char *p = text;
      gboolean cut = FALSE;

      while (p < end && *p != '\n' && renderer->column < LADDER_MARKDOWN_RENDER_MAX_LINE)
        {
          p = g_utf8_next_char (p);
          renderer->column++;
        }

      if (p < end && *p == '\n')
        {
          p++;
          renderer->column = 0;
        }
      else if (p < end)
        {
          cut = TRUE;
        }

      insert_piece (renderer, text, (gsize) (p - text));
      if (cut)
        {
          insert_piece (renderer, "\n", 1);
          renderer->column = 0;
        }
      text = p;
    }
}

static void
end_block (Renderer *renderer)
{
  if (gtk_text_iter_get_offset (&renderer->end) > 0)
    insert (renderer, "\n", 1);
}

static void
add_anchor (Renderer   *renderer,
            cmark_node *node)
{
  LadderRenderAnchor anchor;
  int line = cmark_node_get_start_line (node);

  if (renderer->anchors == NULL || line <= 0)
    return;

  anchor.line = renderer->first_line + (guint) line - 1;
  anchor.offset = gtk_text_iter_get_offset (&renderer->end);
  g_array_append_val (renderer->anchors, anchor);
}

static void
render_node (Renderer         *renderer,
             cmark_node       *node,
             cmark_event_type  event)
{
  gboolean entering = event == CMARK_EVENT_ENTER;
  const char *literal = cmark_node_get_literal (node);

  if (entering && cmark_node_get_type (node) >= CMARK_NODE_FIRST_BLOCK
      && cmark_node_get_type (node) <= CMARK_NODE_LAST_BLOCK && cmark_node_get_type (node) != CMARK_NODE_DOCUMENT)
    add_anchor (renderer, node);

  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_HEADING:
      if (entering)
        {
          g_autofree char *name = g_strdup_printf ("h%d", cmark_node_get_heading_level (node));

          push_tag (renderer, name);
        }
      else
        {
          end_block (renderer);
          pop_tag (renderer);
        }
      break;

    case CMARK_NODE_PARAGRAPH:
      if (!entering)
        {
          gboolean in_tight_item = cmark_node_parent (node) != NULL
                                   && cmark_node_get_type (cmark_node_parent (node)) == CMARK_NODE_ITEM;

          end_block (renderer);
          if (!in_tight_item)
            insert (renderer, "\n", 1);
        }
      break;

    case CMARK_NODE_LIST:
      if (entering && renderer->depth < G_N_ELEMENTS (renderer->numbers))
        {
          g_autofree char *name = NULL;

          renderer->numbers[renderer->depth++] =
            cmark_node_get_list_type (node) == CMARK_ORDERED_LIST ? cmark_node_get_list_start (node) : 0;
          name = g_strdup_printf ("list%u", MIN (renderer->depth, 8));
          push_tag (renderer, name);
        }
      else if (!entering && renderer->depth > 0)
        {
          renderer->depth--;
          pop_tag (renderer);
          if (renderer->depth == 0)
            insert (renderer, "\n", 1);
        }
      break;

    case CMARK_NODE_ITEM:
      if (entering && renderer->depth > 0)
        {
          int *number = &renderer->numbers[renderer->depth - 1];

          if (*number > 0)
            {
              g_autofree char *marker = g_strdup_printf ("%d. ", (*number)++);

              insert (renderer, marker, -1);
            }
          else
            {
              insert (renderer, "• ", -1);
            }
        }
      break;

    case CMARK_NODE_BLOCK_QUOTE:
      if (entering)
        push_tag (renderer, "quote");
      else
        pop_tag (renderer);
      break;

    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_HTML_BLOCK:
      push_tag (renderer, cmark_node_get_type (node) == CMARK_NODE_CODE_BLOCK ? "code" : "html");
      insert (renderer, literal, -1);
      pop_tag (renderer);
      insert (renderer, "\n", 1);
      break;

    case CMARK_NODE_THEMATIC_BREAK:
      insert (renderer, "――――――――\n\n", -1);
      break;

    case CMARK_NODE_TEXT:
      insert (renderer, literal, -1);
      break;

    case CMARK_NODE_CODE:
      push_tag (renderer, "code");
      insert (renderer, literal, -1);
      pop_tag (renderer);
      break;

    case CMARK_NODE_HTML_INLINE:
      push_tag (renderer, "html");
      insert (renderer, literal, -1);
      pop_tag (renderer);
      break;

    case CMARK_NODE_SOFTBREAK:
      insert (renderer, " ", 1);
      break;

    case CMARK_NODE_LINEBREAK:
      insert (renderer, "\n", 1);
      break;

    case CMARK_NODE_EMPH:
      if (entering)
        push_tag (renderer, "emph");
      else
        pop_tag (renderer);
      break;

    case CMARK_NODE_STRONG:
      if (entering)
        push_tag (renderer, "strong");
      else
        pop_tag (renderer);
      break;

    case CMARK_NODE_LINK:
    case CMARK_NODE_IMAGE:
      if (entering)
        push_tag (renderer, "link");
      else
        pop_tag (renderer);
      break;

    case CMARK_NODE_DOCUMENT:
    case CMARK_NODE_CUSTOM_BLOCK:
    case CMARK_NODE_CUSTOM_INLINE:
    case CMARK_NODE_NONE:
    default:
      break;
    }
}

/* Splits off the front matter; returns the title it gives, if any. */
static const char *
skip_front_matter (const char  *markdown,
                   gsize        length,
                   char       **title)
{
  const char *end;

  *title = NULL;
  if (length < 4 || strncmp (markdown, "---\n", 4) != 0)
    return markdown;

  end = g_strstr_len (markdown + 4, (gssize) length - 4, "\n---");
  if (end == NULL)
    return markdown;

  for (const char *line = markdown + 4; line < end; )
    {
      const char *next = memchr (line, '\n', (gsize) (end - line));

      if (next == NULL)
        next = end;
      if (g_str_has_prefix (line, "title:"))
        {
          g_autofree char *yaml = g_strndup (line + strlen ("title:"), (gsize) (next - line) - strlen ("title:"));

          *title = ladder_yaml_decode_scalar (yaml);
        }
      line = next + 1;
    }

  end += strlen ("\n---");
  while (*end != '\0' && *end != '\n')
    end++;

  return end;
}

/**
 * ladder_markdown_cut_long_lines:
 * @text: text
 * @length: its length in bytes
 *
 * @text with every line longer than %LADDER_MARKDOWN_RENDER_MAX_LINE
 * characters cut in lines of at most that many, for a text view to show.
 *
 * Returns: (transfer full) (nullable): the text cut, or %NULL when no line
 *   is that long
 */
GString *
ladder_markdown_cut_long_lines (const char *text,
                                gsize       length)
{
  const char *end = text + length;
  GString *out = NULL;
  const char *copied = text;
  gsize column = 0;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      if (*p == '\n')
        {
          column = 0;
          continue;
        }

      if (column++ < LADDER_MARKDOWN_RENDER_MAX_LINE)
        continue;

      if (out == NULL)
        out = g_string_sized_new (length + length / LADDER_MARKDOWN_RENDER_MAX_LINE + 1);
      g_string_append_len (out, copied, p - copied);
      g_string_append_c (out, '\n');
      copied = p;
      column = 1;
    }

  if (out != NULL)
    g_string_append_len (out, copied, end - copied);

  return out;
}

/* A page too costly to parse is shown as it is written. */
static void
render_as_text (Renderer   *renderer,
                const char *markdown,
                gsize       length)
{
  push_tag (renderer, "code");
  insert (renderer, markdown, (int) length);
  pop_tag (renderer);
}

gboolean
ladder_markdown_render (GtkTextBuffer *buffer,
                        const char    *markdown,
                        gsize          length)
{
  return ladder_markdown_render_mapped (buffer, markdown, length, NULL);
}

gboolean
ladder_markdown_render_mapped (GtkTextBuffer *buffer,
                               const char    *markdown,
                               gsize          length,
                               GArray        *anchors)
{
  g_autofree char *title = NULL;
  const char *body = skip_front_matter (markdown, length, &title);
  gsize body_length = length - (gsize) (body - markdown);
  cmark_node *document;
  cmark_iter *iter;
  cmark_event_type event;
  Renderer renderer = { .buffer = buffer, .anchors = anchors };

  for (const char *p = markdown; p < body; p++)
    if (*p == '\n')
      renderer.first_line++;

  ensure_tags (buffer);
  gtk_text_buffer_set_text (buffer, "", 0);
  gtk_text_buffer_get_end_iter (buffer, &renderer.end);

  /* The bound the importer keeps (ladder-markdown-cost.c). */
  if (ladder_markdown_cost (body, body_length, NULL) != LADDER_MARKDOWN_COST_BOUNDED)
    {
      render_as_text (&renderer, markdown, length);
      return FALSE;
    }

  document = cmark_parse_document (body, body_length, CMARK_OPT_DEFAULT);
  iter = cmark_iter_new (document);

  if (title != NULL && *title != '\0')
    {
      if (anchors != NULL)
        g_array_append_val (anchors, ((LadderRenderAnchor) { 0, 0 }));
      push_tag (&renderer, "h1");
      insert (&renderer, title, -1);
      insert (&renderer, "\n", 1);
      pop_tag (&renderer);
    }

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    render_node (&renderer, cmark_iter_get_node (iter), event);

  cmark_iter_free (iter);
  cmark_node_free (document);
  return TRUE;
}
