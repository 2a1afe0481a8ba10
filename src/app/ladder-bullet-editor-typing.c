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
 *
 * A bullet read from the page with a nested list under it is shown as its
 * Markdown, the nested items a line each ("- Co-selling"): there Enter
 * continues that list, as an editor of the Markdown would, rather than
 * ending the bullet (see enter_in_sub_list ()).
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

/* ------------------------------------------------------------------ */
/* Enter in a bullet's nested list                                      */

/* The bytes of @line's list marker with the indentation before it and the
 * spaces after it ("  - ", "1. "), or 0 when @line is not a list item (a
 * line of text, "**Bold**"). */
static gsize
item_prefix_length (const char *line)
{
  const char *p = line + strspn (line, " \t");
  const char *marker = p;

  if (*p == '-' || *p == '*' || *p == '+')
    p++;
  else
    {
      while (g_ascii_isdigit (*p) && p - marker < 9)
        p++;
      if (p == marker || (*p != '.' && *p != ')'))
        return 0;
      p++;
    }
  if (*p != ' ' && *p != '\t' && *p != '\0')
    return 0;

  return (gsize) (p + strspn (p, " \t") - line);
}

/* The start of a new item beside the item @line: its indentation and its
 * marker, numbered one on (@after) in an ordered list. */
static char *
new_item_prefix (const char *line, gboolean after)
{
  g_autoptr (GString) prefix = g_string_new_len (line, (gssize) item_prefix_length (line));
  gsize       indent = strspn (line, " \t");
  const char *number = line + indent;

  if (after && g_ascii_isdigit (*number))
    {
      char            *number_end;
      guint64          value = g_ascii_strtoull (number, &number_end, 10);
      g_autofree char *next = g_strdup_printf ("%" G_GUINT64_FORMAT, value + 1);

      g_string_erase (prefix, (gssize) indent, number_end - number);
      g_string_insert (prefix, (gssize) indent, next);
    }
  /* An empty item's marker ends the line: the new one has text after it. */
  if (prefix->len == 0 || !g_ascii_isspace (prefix->str[prefix->len - 1]))
    g_string_append_c (prefix, ' ');

  return g_string_free (g_steal_pointer (&prefix), FALSE);
}

/* The text of @buffer's line @line, without its line break. */
static char *
line_text (GtkTextBuffer *buffer, int line)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_line (buffer, &start, line);
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);

  return gtk_text_iter_get_text (&start, &end);
}

/* Sets the bullet of @row to @text, and puts @added (when not NULL) just
 * after it: one step of the history, when the page's checks let @text be
 * typed. The cursor goes to character @offset of the last of them. */
static void
set_source (LadderBulletEditor *self,
            GtkWidget          *row,
            const char         *text,
            LadderBullet       *added,
            int                 offset)
{
  LadderBullet    *bullet = _ladder_bullet_row_get_bullet (row);
  guint            position;
  g_autofree char *problem = ladder_markdown_check_edit (ladder_bullet_get_text (bullet), text);

  ladder_text_binding_show_problem (GTK_WIDGET (_ladder_bullet_row_get_view (row)), problem);
  if (problem != NULL || !_ladder_bullet_editor_find (self, bullet, &position))
    return;

  _ladder_bullet_editor_begin_change (self);
  ladder_bullet_set_text (bullet, text);
  if (added != NULL)
    ladder_role_insert_bullet (self->role, (LadderBulletList) self->list, position + 1, added);
  _ladder_bullet_editor_end_change (self);

  _ladder_bullet_editor_focus (self, added != NULL ? position + 1 : position, offset);
}

/* A line break and @prefix in place of the text from @start to @end. */
static void
insert_item (LadderBulletEditor *self,
             GtkWidget          *row,
             GtkTextIter        *start,
             GtkTextIter        *end,
             const char         *prefix)
{
  GtkTextBuffer   *buffer = gtk_text_iter_get_buffer (start);
  GtkTextIter      first, last;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &first, &last);
  before = gtk_text_iter_get_text (&first, start);
  after = gtk_text_iter_get_text (end, &last);
  text = g_strconcat (before, "\n", prefix, after, NULL);

  set_source (self, row, text, NULL,
              (int) (g_utf8_strlen (before, -1) + 1 + g_utf8_strlen (prefix, -1)));
}

/* Enter in a bullet shown as its Markdown that holds a nested list, as
 * read from the page. Ending the bullet there split it where the cursor
 * was, and the nested items after the cursor went to a bullet of their
 * own: a person who pressed Enter after "- Co-selling" to add an item
 * found the list cut in two. So, as an editor of that Markdown would:
 *
 * - on an item, Enter starts the next item, with the same indentation and
 *   marker ("\n- ", "\n2. "); on the text of an item after its first
 *   line, it starts the next item too;
 * - at the end of the bullet's own text, just above the nested list, it
 *   starts the list's first item (as an outliner does at the end of an
 *   item with items under it): the items stay under their bullet;
 * - on an empty last item, it takes the item away and starts the next
 *   bullet, as a word processor does on an empty nested item: Enter twice
 *   leaves the nested list.
 *
 * Anywhere else in the bullet's own text Enter ends the bullet as in any
 * other: the text after the cursor, nested list and all, starts the next
 * one. FALSE there, and for a bullet with no nested list. */
static gboolean
enter_in_sub_list (LadderBulletEditor *self, GtkWidget *row)
{
  GtkTextView     *view = _ladder_bullet_row_get_view (row);
  GtkTextBuffer   *buffer = gtk_text_view_get_buffer (view);
  int              lines = gtk_text_buffer_get_line_count (buffer);
  int              first_item = -1, line, item;
  g_autofree char *text = NULL;
  g_autofree char *prefix = NULL;
  GtkTextIter      start, end;
  gboolean         selected;

  if (ladder_text_binding_is_rich (view) || lines < 2)
    return FALSE;

  for (int l = 1; l < lines && first_item < 0; l++)
    {
      g_autofree char *other = line_text (buffer, l);

      if (item_prefix_length (other) > 0)
        first_item = l;
    }
  if (first_item < 0)
    return FALSE;

  selected = gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  if (!selected)
    {
      gtk_text_buffer_get_iter_at_mark (buffer, &start, gtk_text_buffer_get_insert (buffer));
      end = start;
    }
  line = gtk_text_iter_get_line (&start);

  if (line < first_item)
    {
      if (gtk_text_iter_get_line (&end) != first_item - 1 || !gtk_text_iter_ends_line (&end))
        return FALSE;

      text = line_text (buffer, first_item);
      prefix = new_item_prefix (text, FALSE);
      insert_item (self, row, &start, &end, prefix);
      return TRUE;
    }

  /* The item the cursor's line is, or whose text it goes on. */
  for (item = line;; item--)
    {
      g_clear_pointer (&text, g_free);
      text = line_text (buffer, item);
      if (item_prefix_length (text) > 0)
        break;
    }

  if (item == line && !selected)
    {
      gsize prefix_length = item_prefix_length (text);
      int   prefix_chars = (int) g_utf8_strlen (text, (gssize) prefix_length);

      if (text[prefix_length] == '\0' && line == lines - 1)
        {
          g_autoptr (LadderBullet) next = ladder_bullet_new ("");
          g_autofree char *kept = NULL;
          GtkTextIter      first;

          /* The empty item goes, with the line break before it. */
          gtk_text_buffer_get_start_iter (buffer, &first);
          gtk_text_buffer_get_iter_at_line (buffer, &start, line);
          gtk_text_iter_backward_char (&start);
          kept = gtk_text_iter_get_text (&first, &start);
          set_source (self, row, kept, next, 0);
          return TRUE;
        }

      /* In the marker: the new item goes above, the cursor stays with the
       * item's text, rather than a marker put before the marker. */
      if (gtk_text_iter_get_line_offset (&start) < prefix_chars)
        {
          gtk_text_iter_set_line_offset (&start, prefix_chars);
          end = start;
        }
    }

  prefix = new_item_prefix (text, TRUE);
  insert_item (self, row, &start, &end, prefix);
  return TRUE;
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

  if (enter_in_sub_list (self, row))
    return TRUE;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      gtk_text_buffer_get_iter_at_mark (buffer, &start, gtk_text_buffer_get_insert (buffer));
      end = start;
    }

  before = markdown_between (view, bullet, NULL, &start);
  after = markdown_between (view, bullet, &end, NULL);
  if (before == NULL || after == NULL)
    return TRUE;
  /* A bullet shown as its Markdown split at a line's end: the line break
   * is not the next bullet's text (it began with an empty line), nor are
   * the spaces at the split, as where a formatted bullet is split. */
  if (!ladder_text_binding_is_rich (view))
    {
      g_strchomp (before);
      g_strchug (after);
    }

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
    gboolean         spaced;
    g_autoptr (GPtrArray) shown = NULL;

    while (g_ascii_isspace (*tail))
      tail++;
    spaced = *head != '\0' && *tail != '\0';
    joined = ladder_inline_join (head, spaced ? " " : "", tail);
    /* The cursor after the space, at the words joined, counted in what
     * the bullet shows once joined: its Markdown when it cannot be shown
     * formatted (a nested list joined to a formatted bullet, where the
     * count of letters shown put the cursor before the join). */
    shown = ladder_inline_parse (joined, NULL);
    if (offset >= 0 && shown == NULL)
      offset = (int) g_utf8_strlen (head, -1) + (spaced ? 1 : 0);
    else if (offset >= 0 && spaced)
      offset = shown_without_trailing_space (entry) + 1;
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
