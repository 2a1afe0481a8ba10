/* ladder-bullet-editor-typing.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-bullet-editor-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ladder-bullet-paste.h"
#include "ladder-inline.h"
#include "ladder-markdown-check.h"
#include "ladder-rich-text.h"
#include "ladder-text-binding.h"

/*
 * Editing a list of bullets as in a word processor: Enter ends a bullet
 * and starts the next, Backspace at a bullet's start joins it to the one
 * before, Delete at its end joins the next one, pasted lines become
 * bullets; Ctrl+B, Ctrl+I and Ctrl+K format. Each of these edits is one
 * step of the document's history, whatever it changes.
 */

/* The Markdown of @view's text from @from to @to (NULL: its start, its
 * end): kept from @bullet's where it is unchanged, or NULL when it would
 * add a link or HTML that is not safe to publish (the view then says why). */
static char *
markdown_between (GtkTextView       *view,
                  LadderBullet      *bullet,
                  const GtkTextIter *from,
                  const GtkTextIter *to)
{
  GtkTextBuffer   *buffer = gtk_text_view_get_buffer (view);
  const char      *markdown = ladder_bullet_get_text (bullet);
  GtkTextIter      start, end;
  g_autofree char *result = NULL;
  g_autofree char *problem = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  if (from != NULL)
    start = *from;
  if (to != NULL)
    end = *to;

  if (ladder_text_binding_is_rich (view))
    {
      g_autoptr (GPtrArray) spans = ladder_rich_text_get_spans (buffer, &start, &end);

      result = ladder_inline_edit (markdown, spans, NULL);
    }
  else
    {
      result = gtk_text_iter_get_text (&start, &end);
    }

  problem = ladder_markdown_check_edit (markdown, result);
  ladder_text_binding_show_problem (GTK_WIDGET (view), problem);

  return problem == NULL ? g_steal_pointer (&result) : NULL;
}

/* Enter ends the bullet: the text after the cursor starts the next one.
 * On an empty last bullet it ends the list instead. */
static gboolean
on_split (GtkWidget *row, GVariant *args, gpointer user_data)
{
  LadderBulletEditor *self = _ladder_bullet_row_get_editor (row);
  LadderBullet       *bullet = _ladder_bullet_row_get_bullet (row);
  GtkTextView        *view = _ladder_bullet_row_get_view (row);
  GtkTextBuffer      *buffer = gtk_text_view_get_buffer (view);
  g_autofree char    *before = NULL;
  g_autofree char    *after = NULL;
  g_autoptr (LadderBullet) next = NULL;
  GtkTextIter start, end;
  guint       position;

  if (self == NULL || !_ladder_bullet_editor_find (self, bullet, &position))
    return TRUE;

  if (gtk_text_buffer_get_char_count (buffer) == 0
      && position + 1 == g_list_model_get_n_items (_ladder_bullet_editor_bullets (self)))
    {
      _ladder_bullet_editor_begin_change (self);
      ladder_role_delete_bullet (self->role, (LadderBulletList) self->list, position);
      _ladder_bullet_editor_end_change (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
      return TRUE;
    }

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      gtk_text_buffer_get_iter_at_mark (buffer, &start, gtk_text_buffer_get_insert (buffer));
      end = start;
    }

  before = markdown_between (view, bullet, NULL, &start);
  after = markdown_between (view, bullet, &end, NULL);
  if (before == NULL || after == NULL)
    return TRUE;

  next = ladder_bullet_new (after);
  _ladder_bullet_editor_begin_change (self);
  ladder_bullet_set_text (bullet, before);
  ladder_role_insert_bullet (self->role, (LadderBulletList) self->list, position + 1, next);
  _ladder_bullet_editor_end_change (self);

  _ladder_bullet_editor_focus (self, position + 1, 0);
  return TRUE;
}

/* How many characters @entry shows, spaces at its end left out. */
static int
shown_without_trailing_space (GtkWidget *entry)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (entry));
  GtkTextIter    end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  while (gtk_text_iter_backward_char (&end) && g_unichar_isspace (gtk_text_iter_get_char (&end)))
    ;
  if (!g_unichar_isspace (gtk_text_iter_get_char (&end)) && !gtk_text_iter_is_end (&end))
    gtk_text_iter_forward_char (&end);

  return gtk_text_iter_get_offset (&end);
}

/* Backspace at the start of a bullet joins it to the one before (an empty
 * one just goes); Delete at its end joins the next one to it. */
static gboolean
join_bullets (LadderBulletEditor *self, guint first)
{
  g_autoptr (LadderBullet) kept
      = g_list_model_get_item (_ladder_bullet_editor_bullets (self), first);
  g_autoptr (LadderBullet) gone
      = g_list_model_get_item (_ladder_bullet_editor_bullets (self), first + 1);
  GtkWidget *entry = ladder_bullet_editor_get_entry (self, first);
  int        offset
      = entry != NULL
            ? gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (GTK_TEXT_VIEW (entry)))
            : -1;
  g_autofree char *joined = NULL;

  if (kept == NULL || gone == NULL)
    return FALSE;

  /* Two bullets joined are two pieces of text: one space between them,
   * as where a bullet was split at a space ("needed.You" read as one
   * word, and a split joined back lost its space). */
  {
    g_autofree char *head = g_strchomp (g_strdup (ladder_bullet_get_text (kept)));
    const char      *tail = ladder_bullet_get_text (gone);

    while (g_ascii_isspace (*tail))
      tail++;
    if (*head != '\0' && *tail != '\0')
      {
        joined = ladder_inline_join (head, " ", tail);
        /* The cursor after the space, at the words joined. */
        if (offset >= 0)
          offset = shown_without_trailing_space (entry) + 1;
      }
    else
      {
        joined = ladder_inline_join (head, "", tail);
      }
  }

  _ladder_bullet_editor_begin_change (self);
  ladder_bullet_set_text (kept, joined);
  ladder_role_delete_bullet (self->role, (LadderBulletList) self->list, first + 1);
  _ladder_bullet_editor_end_change (self);

  _ladder_bullet_editor_focus (self, first, offset);
  return TRUE;
}

/* The bullet of @row and its place in the list, when the cursor stands at
 * the start (@at_start) or the end of its text without a selection: where
 * Backspace and Delete join it with its neighbour. */
static LadderBulletEditor *
row_at_edge (GtkWidget *row, gboolean at_start, guint *position)
{
  LadderBulletEditor *self = _ladder_bullet_row_get_editor (row);
  GtkTextBuffer      *buffer = gtk_text_view_get_buffer (_ladder_bullet_row_get_view (row));
  GtkTextIter         cursor;

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  if (self == NULL || gtk_text_buffer_get_has_selection (buffer)
      || !(at_start ? gtk_text_iter_is_start (&cursor) : gtk_text_iter_is_end (&cursor))
      || !_ladder_bullet_editor_find (self, _ladder_bullet_row_get_bullet (row), position))
    return NULL;

  return self;
}

static gboolean
on_backspace (GtkWidget *row, GVariant *args, gpointer user_data)
{
  guint               position;
  LadderBulletEditor *self = row_at_edge (row, TRUE, &position);

  if (self == NULL || position == 0)
    return FALSE;

  return join_bullets (self, position - 1);
}

static gboolean
on_delete (GtkWidget *row, GVariant *args, gpointer user_data)
{
  guint               position;
  LadderBulletEditor *self = row_at_edge (row, FALSE, &position);

  if (self == NULL
      || position + 1 >= g_list_model_get_n_items (_ladder_bullet_editor_bullets (self)))
    return FALSE;

  return join_bullets (self, position);
}

/* Lines pasted (or dropped) into a bullet, for after the paste. */
typedef struct
{
  GWeakRef row;
  int      offset;
  char    *text;
} Paste;

static void
paste_free (gpointer data)
{
  Paste *paste = data;

  g_weak_ref_clear (&paste->row);
  g_free (paste->text);
  g_free (paste);
}

/* Several lines pasted: the first goes on the bullet, before the cursor;
 * each other starts a bullet, the last with what was after the cursor. */
static gboolean
paste_lines (gpointer data)
{
  Paste *paste = data;
  g_autoptr (GtkWidget) row = g_weak_ref_get (&paste->row);
  g_autoptr (GPtrArray) texts = NULL;
  g_autofree char    *last = NULL;
  LadderBulletEditor *self;
  LadderBullet       *bullet;
  GtkTextView        *view;
  GtkTextBuffer      *buffer;
  GtkTextIter         at;
  const char         *markdown;
  guint               position;

  if (row == NULL || (self = _ladder_bullet_row_get_editor (row)) == NULL
      || !_ladder_bullet_editor_find (self, _ladder_bullet_row_get_bullet (row), &position))
    return G_SOURCE_REMOVE;

  bullet = _ladder_bullet_row_get_bullet (row);
  view = _ladder_bullet_row_get_view (row);
  buffer = gtk_text_view_get_buffer (view);
  markdown = ladder_bullet_get_text (bullet);
  texts = ladder_bullet_paste_split (view, markdown, paste->offset, paste->text, &last);

  if (texts == NULL && last != NULL)
    {
      /* One line: it stays in the bullet, as typed. */
      gtk_text_buffer_get_iter_at_offset (buffer, &at, paste->offset);
      gtk_text_buffer_begin_user_action (buffer);
      gtk_text_buffer_insert (buffer, &at, last, -1);
      gtk_text_buffer_place_cursor (buffer, &at);
      gtk_text_buffer_end_user_action (buffer);
      return G_SOURCE_REMOVE;
    }
  if (texts == NULL)
    return G_SOURCE_REMOVE;

  /* What is pasted as Markdown is judged as what is typed. */
  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *problem
          = ladder_markdown_check_edit (markdown, g_ptr_array_index (texts, i));

      ladder_text_binding_show_problem (GTK_WIDGET (view), problem);
      if (problem != NULL)
        return G_SOURCE_REMOVE;
    }

  _ladder_bullet_editor_begin_change (self);
  ladder_bullet_set_text (bullet, g_ptr_array_index (texts, 0));
  for (guint i = 1; i < texts->len; i++)
    {
      g_autoptr (LadderBullet) added = ladder_bullet_new (g_ptr_array_index (texts, i));

      ladder_role_insert_bullet (self->role, (LadderBulletList) self->list, position + i, added);
    }
  _ladder_bullet_editor_end_change (self);

  _ladder_bullet_editor_focus (self, position + texts->len - 1, (int) g_utf8_strlen (last, -1));
  return G_SOURCE_REMOVE;
}

/* A bullet holds no line break (the page would join the lines): text with
 * some, pasted or dropped, becomes bullets just after. A bullet read from
 * the page may hold some (a nested list, a lazy continuation line): shown,
 * it is the page's text, not a paste, and stays one bullet. */
static void
on_insert_text (GtkTextBuffer *buffer,
                GtkTextIter   *location,
                const char    *text,
                int            length,
                GtkWidget     *row)
{
  Paste *paste;

  if (memchr (text, '\n', (gsize) length) == NULL && memchr (text, '\r', (gsize) length) == NULL)
    return;
  if (ladder_text_binding_is_showing_value (buffer))
    return;

  g_signal_stop_emission_by_name (buffer, "insert-text");

  paste = g_new0 (Paste, 1);
  g_weak_ref_init (&paste->row, row);
  paste->offset = gtk_text_iter_get_offset (location);
  paste->text = g_strndup (text, (gsize) length);
  g_source_set_name_by_id (
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, paste_lines, paste, paste_free),
      "ladder: paste lines");
}

/* The history a bullet's formatting commands are steps of. */
LadderHistory *
_ladder_bullet_typing_view_history (GtkWidget *view)
{
  GtkWidget *editor = gtk_widget_get_ancestor (view, LADDER_TYPE_BULLET_EDITOR);

  return editor != NULL ? LADDER_BULLET_EDITOR (editor)->history : NULL;
}

static gboolean
on_format (GtkWidget *row, GVariant *args, gpointer user_data)
{
  return gtk_widget_activate_action (GTK_WIDGET (_ladder_bullet_row_get_view (row)),
                                     g_variant_get_string (args, NULL), NULL);
}

/* The shortcuts of a row that edit across bullets and format. */
void
_ladder_bullet_typing_add_shortcuts (GListStore *shortcuts)
{
  _ladder_bullet_row_add_shortcut (shortcuts, GDK_KEY_Return, 0, on_split, NULL, NULL);
  _ladder_bullet_row_add_shortcut (shortcuts, GDK_KEY_KP_Enter, 0, on_split, NULL, NULL);
  _ladder_bullet_row_add_shortcut (shortcuts, GDK_KEY_ISO_Enter, 0, on_split, NULL, NULL);
  _ladder_bullet_row_add_shortcut (shortcuts, GDK_KEY_Return, GDK_SHIFT_MASK, on_split, NULL, NULL);
  _ladder_bullet_row_add_shortcut (shortcuts, GDK_KEY_BackSpace, 0, on_backspace, NULL, NULL);
  _ladder_bullet_row_add_shortcut (shortcuts, GDK_KEY_Delete, 0, on_delete, NULL, NULL);
  _ladder_bullet_row_add_shortcut (shortcuts, GDK_KEY_KP_Delete, 0, on_delete, NULL, NULL);
  _ladder_bullet_row_add_shortcut (shortcuts, GDK_KEY_b, GDK_CONTROL_MASK, on_format, NULL,
                                   "bullet.bold");
  _ladder_bullet_row_add_shortcut (shortcuts, GDK_KEY_i, GDK_CONTROL_MASK, on_format, NULL,
                                   "bullet.italic");
  _ladder_bullet_row_add_shortcut (shortcuts, GDK_KEY_k, GDK_CONTROL_MASK, on_format, NULL,
                                   "bullet.link");
}

/* Keeps line breaks out of a row's text view's buffer: to be called
 * before the view is bound to its bullet, so that a line break never
 * reaches the text. */
void
_ladder_bullet_typing_install (GtkWidget *row, GtkTextView *view)
{
  g_signal_connect (gtk_text_view_get_buffer (view), "insert-text", G_CALLBACK (on_insert_text),
                    row);
}
