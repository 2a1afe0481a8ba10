/* ladder-preview.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-preview.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>
#include <string.h>

#include "ladder-markdown-export.h"
#include "ladder-markdown-render.h"

#define FOLLOW_MARK "ladder-followed"
#define SCROLL_ON_MAP "ladder-scroll-on-map"
#define TOP_IDLE "ladder-top-idle"

/* Shortly after the last edit, not on every key: typing stays smooth. */
#define UPDATE_DELAY_MS 250

/*
 * The page as it will be committed: the exported Markdown, highlighted,
 * and the same page rendered.
 *
 * An update changes only the lines that changed (the page is rendered
 * aside and compared line by line, text and tags), so what is on screen
 * stays where it is. The preview follows a part of the page (a role, the
 * field being edited), found through the exporter's map of the page.
 */
struct _LadderPreview
{
  GtkWidget      parent_instance;
  GtkWidget     *box;
  GtkRevealer   *notice;
  GtkLabel      *notice_label;
  GtkStack      *stack;
  GtkTextView   *rendered_view;
  GtkWidget     *source_scroller;
  /* Made when first shown: GtkSourceView's start-up (reading every
   * language definition) is the dearest part of opening a window. */
  GtkSourceView *source_view;
  LadderFamily  *family;
  GSignalGroup  *family_signals;
  guint          update_source;
  gboolean       stale;
  /* The page exactly as exported: the views may show it with its longest
   * lines cut. */
  char          *markdown;
  gboolean       shown_as_text;
  /* Of LadderPageBlock: what each block of the page stands for. Of
   * LadderRenderAnchor: where each block starts in the rendered view. */
  GArray        *blocks;
  GArray        *anchors;
  /* The part of the page followed, and how to scroll to it once the page
   * is shown: not (0), into view (1), to the top (2). */
  gboolean       following;
  LadderPageBlock followed;
  int            pending_scroll;
};

G_DEFINE_FINAL_TYPE (LadderPreview, ladder_preview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FAMILY,
  PROP_SHOWN_AS_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void on_view_mapped (GtkTextView   *view,
                            LadderPreview *self);

static void
ensure_source_view (LadderPreview *self)
{
  GtkSourceLanguage *markdown;
  GtkSourceBuffer *buffer;

  if (self->source_view != NULL)
    return;

  self->source_view = GTK_SOURCE_VIEW (gtk_source_view_new ());
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->source_view), FALSE);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (self->source_view), TRUE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->source_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->source_view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->source_view), 12);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->source_view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->source_view), 12);
  gtk_source_view_set_show_line_numbers (self->source_view, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->source_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Exported Markdown"),
                                  -1);

  buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view)));
  markdown = gtk_source_language_manager_get_language (gtk_source_language_manager_get_default (), "markdown");
  if (markdown != NULL)
    gtk_source_buffer_set_language (buffer, markdown);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->source_scroller), GTK_WIDGET (self->source_view));
  g_signal_connect_object (self->source_view, "map", G_CALLBACK (on_view_mapped), self, G_CONNECT_AFTER);
}

static void
set_shown_as_text (LadderPreview *self,
                   gboolean       shown_as_text)
{
  if (self->shown_as_text == shown_as_text)
    return;

  self->shown_as_text = shown_as_text;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWN_AS_TEXT]);
}

/* Replaces only the text that changed: the lines around keep their
 * layout, and the view its place. */
static void
replace_changed_text (GtkTextBuffer *buffer,
                      const char    *text,
                      gsize          length)
{
  GtkTextIter start, end;
  g_autofree char *old = NULL;
  gsize old_length, prefix = 0, suffix = 0;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  old = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  old_length = strlen (old);

  while (prefix < old_length && prefix < length && old[prefix] == text[prefix])
    prefix++;
  while (prefix > 0 && (old[prefix] & 0xc0) == 0x80)
    prefix--;
  while (suffix < old_length - prefix && suffix < length - prefix
         && old[old_length - 1 - suffix] == text[length - 1 - suffix])
    suffix++;
  while (suffix > 0 && (old[old_length - suffix] & 0xc0) == 0x80)
    suffix--;

  if (prefix == old_length && prefix == length)
    return;

  gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) g_utf8_pointer_to_offset (old, old + prefix));
  gtk_text_buffer_get_iter_at_offset (buffer, &end,
                                      (int) g_utf8_pointer_to_offset (old, old + old_length - suffix));
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, text + prefix, (int) (length - prefix - suffix));
}

static void
line_bounds (GtkTextBuffer *buffer,
             int            line,
             GtkTextIter   *start,
             GtkTextIter   *end)
{
  gtk_text_buffer_get_iter_at_line (buffer, start, line);
  *end = *start;
  if (!gtk_text_iter_forward_line (end))
    gtk_text_buffer_get_end_iter (buffer, end);
}

/* Whether line @a of @one and line @b of @other, with their ends, have the
 * same text with the same tags. */
static gboolean
same_line (GtkTextBuffer *one,
           int            a,
           GtkTextBuffer *other,
           int            b)
{
  GtkTextIter start_a, end_a, start_b, end_b;
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;

  line_bounds (one, a, &start_a, &end_a);
  line_bounds (other, b, &start_b, &end_b);
  text_a = gtk_text_iter_get_slice (&start_a, &end_a);
  text_b = gtk_text_iter_get_slice (&start_b, &end_b);
  if (!g_str_equal (text_a, text_b))
    return FALSE;

  /* The same text: then the same tags from each toggle of either on. */
  for (int base_a = gtk_text_iter_get_offset (&start_a), base_b = gtk_text_iter_get_offset (&start_b);;)
    {
      g_autoptr (GSList) tags_a = gtk_text_iter_get_tags (&start_a);
      g_autoptr (GSList) tags_b = gtk_text_iter_get_tags (&start_b);

      for (GSList *x = tags_a, *y = tags_b; x != NULL || y != NULL; x = x->next, y = y->next)
        if (x == NULL || y == NULL || x->data != y->data)
          return FALSE;

      gtk_text_iter_forward_to_tag_toggle (&start_a, NULL);
      gtk_text_iter_forward_to_tag_toggle (&start_b, NULL);
      if (gtk_text_iter_compare (&start_a, &end_a) > 0)
        start_a = end_a;
      if (gtk_text_iter_compare (&start_b, &end_b) > 0)
        start_b = end_b;

      if (gtk_text_iter_get_offset (&start_a) - base_a != gtk_text_iter_get_offset (&start_b) - base_b)
        return FALSE;
      if (gtk_text_iter_equal (&start_a, &end_a))
        return TRUE;
    }
}

/* Makes @to's lines those of @from (which shares its tag table), copying
 * only the lines that differ. */
static void
replace_changed_lines (GtkTextBuffer *to,
                       GtkTextBuffer *from)
{
  int n_to = gtk_text_buffer_get_line_count (to);
  int n_from = gtk_text_buffer_get_line_count (from);
  int first = 0, same_end = 0;
  GtkTextIter start, end, from_start, from_end;

  while (first < n_to && first < n_from && same_line (to, first, from, first))
    first++;
  while (same_end < n_to - first && same_end < n_from - first
         && same_line (to, n_to - 1 - same_end, from, n_from - 1 - same_end))
    same_end++;

  if (first == n_to && n_to == n_from)
    return;

  gtk_text_buffer_get_iter_at_line (to, &start, first);
  if (n_to - same_end < n_to)
    gtk_text_buffer_get_iter_at_line (to, &end, n_to - same_end);
  else
    gtk_text_buffer_get_end_iter (to, &end);
  gtk_text_buffer_delete (to, &start, &end);

  gtk_text_buffer_get_iter_at_line (from, &from_start, first);
  if (n_from - same_end < n_from)
    gtk_text_buffer_get_iter_at_line (from, &from_end, n_from - same_end);
  else
    gtk_text_buffer_get_end_iter (from, &from_end);
  gtk_text_buffer_insert_range (to, &start, &from_start, &from_end);
}

/* Shows @page; every bit of work is bounded by its length, whatever it
 * holds (ladder-markdown-render.h). */
static void
show_page (LadderPreview *self,
           const char    *page,
           gsize          length)
{
  GtkSourceBuffer *source = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view)));
  GtkTextBuffer *rendered_buffer = gtk_text_view_get_buffer (self->rendered_view);
  g_autoptr (GtkTextBuffer) scratch = gtk_text_buffer_new (gtk_text_buffer_get_tag_table (rendered_buffer));
  g_autoptr (GString) cut = ladder_markdown_cut_long_lines (page, length);
  gboolean rendered;

  gboolean rendered_first = gtk_text_buffer_get_char_count (rendered_buffer) == 0;
  gboolean source_first = gtk_text_buffer_get_char_count (GTK_TEXT_BUFFER (source)) == 0;

  /* Text put into an empty view pushes the view's place to its end: a
   * page shown first is put in while the view does not show it. */
  g_object_ref (rendered_buffer);
  g_object_ref (source);
  if (rendered_first)
    gtk_text_view_set_buffer (self->rendered_view, NULL);
  if (source_first)
    gtk_text_view_set_buffer (GTK_TEXT_VIEW (self->source_view), NULL);

  g_array_set_size (self->anchors, 0);
  rendered = ladder_markdown_render_mapped (scratch, page, length, self->anchors);
  replace_changed_lines (rendered_buffer, scratch);

  /* Highlighting runs patterns over each line: not over a page of
   * pathological markup. */
  gtk_source_buffer_set_highlight_syntax (source, rendered);
  if (cut != NULL)
    replace_changed_text (GTK_TEXT_BUFFER (source), cut->str, cut->len);
  else
    replace_changed_text (GTK_TEXT_BUFFER (source), page, length);

  if (rendered_first)
    gtk_text_view_set_buffer (self->rendered_view, rendered_buffer);
  if (source_first)
    gtk_text_view_set_buffer (GTK_TEXT_VIEW (self->source_view), GTK_TEXT_BUFFER (source));
  g_object_unref (rendered_buffer);
  g_object_unref (source);

  if (!rendered)
    gtk_label_set_text (self->notice_label, _("This page holds too much markup to lay out, so the "
                                              "preview shows it as Markdown text."));
  else if (cut != NULL)
    gtk_label_set_text (self->notice_label, _("Very long lines are shown in several pieces."));
  gtk_revealer_set_reveal_child (self->notice, !rendered || cut != NULL);

  set_shown_as_text (self, !rendered);
}

/* The block of the page that best stands for @wanted: the same part of the
 * same role, section or bullet; else the first of that role or section. */
static const LadderPageBlock *
find_block (LadderPreview         *self,
            const LadderPageBlock *wanted)
{
  const LadderPageBlock *fallback = NULL;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const LadderPageBlock *block = &g_array_index (self->blocks, LadderPageBlock, i);

      if (block->role != wanted->role)
        continue;

      if (wanted->role < 0 && wanted->section >= 0 && block->section != wanted->section)
        continue;

      if (fallback == NULL)
        fallback = block;

      if (block->kind != wanted->kind)
        continue;

      switch (wanted->kind)
        {
        case LADDER_PAGE_BLOCK_BULLET:
          if (block->list == wanted->list && block->bullet == wanted->bullet)
            return block;
          break;

        case LADDER_PAGE_BLOCK_EXTENDS:
          if (block->list == wanted->list)
            return block;
          break;

        case LADDER_PAGE_BLOCK_SECTION_HEADING:
        case LADDER_PAGE_BLOCK_SECTION_BODY:
          if (block->section == wanted->section)
            return block;
          break;

        case LADDER_PAGE_BLOCK_ROLE_TEXT:
          /* One of the role's texts: that one. */
          if (wanted->slot != LADDER_SLOT_TEXT || wanted->section < 0
              || (block->slot == LADDER_SLOT_TEXT && block->section == wanted->section))
            return block;
          break;

        case LADDER_PAGE_BLOCK_FRONT_MATTER:
        case LADDER_PAGE_BLOCK_INTRO:
        case LADDER_PAGE_BLOCK_ROLE_HEADING:
        case LADDER_PAGE_BLOCK_REPORTS_TO:
        case LADDER_PAGE_BLOCK_GRADE:
        case LADDER_PAGE_BLOCK_PART_HEADING:
        default:
          return block;
        }
    }

  return fallback;
}

/* Brings the line of the followed mark to the top of @view, once the
 * view has laid its text out: GTK lays it out in idle callbacks of a
 * higher priority than this one, and scrolling before would aim at where
 * the line is thought to be, not where it is. */
static gboolean
scroll_to_top_later (gpointer data)
{
  g_autoptr (GtkTextView) view = g_weak_ref_get (data);
  GtkTextMark *mark;

  if (view == NULL)
    return G_SOURCE_REMOVE;

  g_object_set_data (G_OBJECT (view), TOP_IDLE, NULL);
  mark = gtk_text_buffer_get_mark (gtk_text_view_get_buffer (view), FOLLOW_MARK);
  if (mark != NULL)
    gtk_text_view_scroll_to_mark (view, mark, 0.0, TRUE, 0.0, 0.0);

  return G_SOURCE_REMOVE;
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* Moves @view's mark for the followed part to @iter, and scrolls it into
 * view: to the top, or as little as needed. */
static void
scroll_view_to (GtkTextView *view,
                GtkTextIter *iter,
                gboolean     to_top)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextMark *mark = gtk_text_buffer_get_mark (buffer, FOLLOW_MARK);

  /* A view not on screen (the other page of the stack) has no size to
   * scroll in: it scrolls once it is shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (view)))
    {
      g_object_set_data (G_OBJECT (view), SCROLL_ON_MAP, GINT_TO_POINTER (to_top ? 2 : 1));
      return;
    }
  g_object_set_data (G_OBJECT (view), SCROLL_ON_MAP, NULL);

  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (buffer, FOLLOW_MARK, iter, TRUE);
  else
    gtk_text_buffer_move_mark (buffer, mark, iter);

  if (!to_top)
    {
      gtk_text_view_scroll_to_mark (view, mark, 0.0, FALSE, 0.0, 0.0);
    }
  else if (gtk_text_iter_is_start (iter))
    {
      /* The very top, not the first line's text under the margin. */
      gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view)), 0.0);
    }
  else if (g_object_get_data (G_OBJECT (view), TOP_IDLE) == NULL)
    {
      GWeakRef *ref = g_new0 (GWeakRef, 1);
      guint id;

      g_weak_ref_init (ref, view);
      id = g_idle_add_full (G_PRIORITY_LOW, scroll_to_top_later, ref, weak_ref_free);
      g_source_set_name_by_id (id, "ladder: preview scroll");
      g_object_set_data (G_OBJECT (view), TOP_IDLE, GUINT_TO_POINTER (id));
    }
}

static gboolean
find_place (LadderPreview *self,
            GtkTextIter   *source_iter,
            GtkTextIter   *rendered_iter)
{
  const LadderPageBlock *block;
  guint line = 0;
  int offset = 0;

  if (self->markdown == NULL || (block = find_block (self, &self->followed)) == NULL)
    return FALSE;

  for (gsize i = 0; i < block->offset && self->markdown[i] != '\0'; i++)
    if (self->markdown[i] == '\n')
      line++;

  /* The last rendered block that starts at or before that line. */
  for (guint i = 0; i < self->anchors->len; i++)
    {
      LadderRenderAnchor *anchor = &g_array_index (self->anchors, LadderRenderAnchor, i);

      if (anchor->line > line)
        break;
      offset = anchor->offset;
    }

  gtk_text_buffer_get_iter_at_line (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view)), source_iter,
                                    (int) line);
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (self->rendered_view), rendered_iter, offset);
  return TRUE;
}

static void
scroll_to_followed (LadderPreview *self,
                    gboolean       to_top)
{
  GtkTextIter source_iter, rendered_iter;

  if (!self->following || self->source_view == NULL || !find_place (self, &source_iter, &rendered_iter))
    return;

  scroll_view_to (GTK_TEXT_VIEW (self->source_view), &source_iter, to_top);
  scroll_view_to (self->rendered_view, &rendered_iter, to_top);
}

static void
on_view_mapped (GtkTextView   *view,
                LadderPreview *self)
{
  int wanted = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (view), SCROLL_ON_MAP));
  GtkTextIter source_iter, rendered_iter;

  if (wanted == 0 || !self->following || !find_place (self, &source_iter, &rendered_iter))
    return;

  scroll_view_to (view, view == self->rendered_view ? &rendered_iter : &source_iter, wanted == 2);
}

void
ladder_preview_update_now (LadderPreview *self)
{
  g_autoptr (GString) page = NULL;
  gboolean first;

  ensure_source_view (self);

  g_clear_handle_id (&self->update_source, g_source_remove);
  self->stale = FALSE;

  g_array_set_size (self->blocks, 0);
  if (self->family == NULL)
    {
      g_clear_pointer (&self->markdown, g_free);
      show_page (self, "", 0);
      return;
    }

  /* A page shown into empty views pushes their place to its end: shown
   * first, it is shown from the part followed, else from its start. */
  first = gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (self->rendered_view)) == 0;

  page = ladder_markdown_export_mapped (self->family, LADDER_EXPORT_DEFAULT, self->blocks);
  show_page (self, page->str, page->len);
  g_free (self->markdown);
  self->markdown = g_string_free (g_steal_pointer (&page), FALSE);

  /* Only the lines that changed were replaced: the views keep the lines
   * they show where they are, the followed one too. */
  if (self->pending_scroll > 0 || (first && self->following))
    {
      scroll_to_followed (self, first || self->pending_scroll == 2);
    }
  else if (first)
    {
      GtkTextIter start;

      gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view)), &start);
      scroll_view_to (GTK_TEXT_VIEW (self->source_view), &start, TRUE);
      gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (self->rendered_view), &start);
      scroll_view_to (self->rendered_view, &start, TRUE);
    }
  self->pending_scroll = 0;
}

/**
 * ladder_preview_follow:
 * @block: the part of the page to show: its kind, and its role, section,
 *   list and bullet as in a #LadderPageBlock
 * @to_top: whether to bring it to the top of the views, or only into them
 *
 * Scrolls the preview to the part of the page that @block stands for (a
 * role's heading, the bullet being edited); updates then keep the place
 * (they replace only the lines that changed). A hidden preview does so
 * when it is shown.
 */
void
ladder_preview_follow (LadderPreview         *self,
                       const LadderPageBlock *block,
                       gboolean               to_top)
{
  g_return_if_fail (LADDER_IS_PREVIEW (self));
  g_return_if_fail (block != NULL);

  self->followed = *block;
  self->following = TRUE;

  /* A page about to change is scrolled in once it has; the page shown is
   * the one the map of the page is of, so a field's line is brought into
   * view at once. */
  if (self->stale || !gtk_widget_get_mapped (GTK_WIDGET (self)) || (self->update_source != 0 && to_top))
    {
      self->pending_scroll = MAX (self->pending_scroll, to_top ? 2 : 1);
      return;
    }

  scroll_to_followed (self, to_top);
}

static gboolean
on_update_timeout (gpointer user_data)
{
  LadderPreview *self = user_data;

  self->update_source = 0;
  ladder_preview_update_now (self);
  return G_SOURCE_REMOVE;
}

/* A hidden preview costs nothing: it catches up when it is shown. */
static void
on_family_changed (LadderPreview *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  if (self->update_source == 0)
    {
      self->update_source = g_timeout_add (UPDATE_DELAY_MS, on_update_timeout, self);
      g_source_set_name_by_id (self->update_source, "ladder: preview update");
    }
}

static void
ladder_preview_map (GtkWidget *widget)
{
  LadderPreview *self = LADDER_PREVIEW (widget);

  GTK_WIDGET_CLASS (ladder_preview_parent_class)->map (widget);

  if (self->stale)
    {
      ladder_preview_update_now (self);
    }
  else if (self->pending_scroll > 0)
    {
      scroll_to_followed (self, self->pending_scroll == 2);
      self->pending_scroll = 0;
    }
}

char *
ladder_preview_dup_markdown (LadderPreview *self)
{
  g_return_val_if_fail (LADDER_IS_PREVIEW (self), NULL);

  return g_strdup (self->markdown != NULL ? self->markdown : "");
}

/**
 * ladder_preview_get_shown_as_text:
 *
 * Whether the page is shown as its Markdown text rather than laid out: it
 * held more markup than libcmark reads in bounded time and memory.
 */
gboolean
ladder_preview_get_shown_as_text (LadderPreview *self)
{
  g_return_val_if_fail (LADDER_IS_PREVIEW (self), FALSE);

  return self->shown_as_text;
}

static void
ladder_preview_dispose (GObject *object)
{
  LadderPreview *self = (LadderPreview *) object;

  g_clear_handle_id (&self->update_source, g_source_remove);
  g_clear_object (&self->family_signals);
  g_clear_object (&self->family);
  g_clear_pointer (&self->markdown, g_free);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->anchors, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_PREVIEW);

  G_OBJECT_CLASS (ladder_preview_parent_class)->dispose (object);
}

static void
ladder_preview_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LadderPreview *self = LADDER_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      g_value_set_object (value, self->family);
      break;

    case PROP_SHOWN_AS_TEXT:
      g_value_set_boolean (value, self->shown_as_text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_preview_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LadderPreview *self = LADDER_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      ladder_preview_set_family (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_preview_class_init (LadderPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_preview_dispose;
  object_class->get_property = ladder_preview_get_property;
  object_class->set_property = ladder_preview_set_property;
  widget_class->map = ladder_preview_map;

  properties[PROP_FAMILY] =
    g_param_spec_object ("family", NULL, NULL,
                         LADDER_TYPE_FAMILY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHOWN_AS_TEXT] =
    g_param_spec_boolean ("shown-as-text", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ladder-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderPreview, box);
  gtk_widget_class_bind_template_child (widget_class, LadderPreview, notice);
  gtk_widget_class_bind_template_child (widget_class, LadderPreview, notice_label);
  gtk_widget_class_bind_template_child (widget_class, LadderPreview, stack);
  gtk_widget_class_bind_template_child (widget_class, LadderPreview, rendered_view);
  gtk_widget_class_bind_template_child (widget_class, LadderPreview, source_scroller);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ladder_preview_init (LadderPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->blocks = g_array_new (FALSE, FALSE, sizeof (LadderPageBlock));
  self->anchors = g_array_new (FALSE, FALSE, sizeof (LadderRenderAnchor));
  g_signal_connect_object (self->rendered_view, "map", G_CALLBACK (on_view_mapped), self, G_CONNECT_AFTER);
  self->family_signals = g_signal_group_new (LADDER_TYPE_FAMILY);
  g_signal_group_connect_swapped (self->family_signals, "changed", G_CALLBACK (on_family_changed), self);
}

GtkWidget *
ladder_preview_new (void)
{
  return g_object_new (LADDER_TYPE_PREVIEW, NULL);
}

LadderFamily *
ladder_preview_get_family (LadderPreview *self)
{
  g_return_val_if_fail (LADDER_IS_PREVIEW (self), NULL);

  return self->family;
}

void
ladder_preview_set_family (LadderPreview *self,
                           LadderFamily  *family)
{
  g_return_if_fail (LADDER_IS_PREVIEW (self));
  g_return_if_fail (family == NULL || LADDER_IS_FAMILY (family));

  if (!g_set_object (&self->family, family))
    return;

  g_signal_group_set_target (self->family_signals, family);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ladder_preview_update_now (self);
  else
    self->stale = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY]);
}
