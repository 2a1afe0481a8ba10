/* ladder-bullet-editor.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-bullet-editor.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ladder-bullet-format.h"
#include "ladder-bullet-paste.h"
#include "ladder-deletion.h"
#include "ladder-inline.h"
#include "ladder-markdown-check.h"
#include "ladder-rich-text.h"
#include "ladder-text-binding.h"
#include "ladder-text-fit.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

/*
 * An editable list of a role's responsibilities or requirements. Each
 * bullet is edited in place, with its formatting shown (bold, italic,
 * links: ladder-text-binding.h), as in a word processor: Enter ends a
 * bullet and starts the next, Backspace at a bullet's start joins it to
 * the one before, pasted lines become bullets. Bullets are reordered by
 * drag and drop or with Alt+Up and Alt+Down, and deleted with an Undo in a
 * toast. The list box shows the role's bullets model itself, so the model
 * stays the one source of truth; each of these edits is one step of the
 * document's history.
 */
struct _LadderBulletEditor
{
  GtkWidget     parent_instance;
  GtkWidget    *box;
  GtkListBox   *list_box;
  GtkButton    *add_button;
  AdwButtonContent *add_content;
  GtkLabel     *placeholder;
  LadderRole   *role;
  int           list;
  /* The handbook checks' problems with this list's bullets. */
  GPtrArray    *problems;
  LadderHistory *history;
};

G_DEFINE_FINAL_TYPE (LadderBulletEditor, ladder_bullet_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ROLE,
  PROP_LIST,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define ROW_BULLET "ladder-bullet"
#define ROW_TEXT_VIEW "ladder-text-view"

static GListModel *
bullets (LadderBulletEditor *self)
{
  return ladder_role_get_bullets (self->role, (LadderBulletList) self->list);
}

static gboolean
find_bullet (LadderBulletEditor *self,
             LadderBullet     *bullet,
             guint            *position)
{
  return self->role != NULL && ladder_role_find_bullet (self->role, (LadderBulletList) self->list, bullet, position);
}

static const char *
item_name (LadderBulletEditor *self)
{
  return self->list == LADDER_BULLET_LIST_REQUIREMENTS ? _("Requirement") : _("Responsibility");
}

static void
move_bullet (LadderBulletEditor *self,
             LadderBullet     *bullet,
             int               delta)
{
  guint position;
  guint n_items;
  GtkWidget *entry;

  if (!find_bullet (self, bullet, &position))
    return;

  n_items = g_list_model_get_n_items (bullets (self));
  if ((delta < 0 && position == 0) || (delta > 0 && position + 1 >= n_items))
    return;

  ladder_role_move_bullet (self->role, (LadderBulletList) self->list, position, position + delta);

  entry = ladder_bullet_editor_get_entry (self, position + delta);
  if (entry != NULL)
    gtk_widget_grab_focus (entry);
}

/* bullets.move-up and bullets.move-down take the bullet's position, so
 * that rows, menus and tests all go through the same action. */
static void
on_move (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  LadderBulletEditor *self = LADDER_BULLET_EDITOR (widget);
  guint position = g_variant_get_uint32 (parameter);
  g_autoptr (LadderBullet) bullet = NULL;

  if (self->role == NULL || position >= g_list_model_get_n_items (bullets (self)))
    return;

  bullet = g_list_model_get_item (bullets (self), position);
  move_bullet (self, bullet, g_str_equal (action_name, "bullets.move-up") ? -1 : 1);
}

static gboolean
on_row_move (GtkWidget *row,
             GVariant  *args,
             gpointer   user_data)
{
  LadderBulletEditor *self = user_data;
  const char *action = g_variant_get_string (args, NULL);
  guint position;

  if (find_bullet (self, g_object_get_data (G_OBJECT (row), ROW_BULLET), &position))
    gtk_widget_activate_action (GTK_WIDGET (self), action, "u", position);

  return TRUE;
}

static gboolean
on_add_after (GtkWidget *row,
              GVariant  *args,
              gpointer   user_data)
{
  LadderBulletEditor *self = user_data;
  guint position;

  if (find_bullet (self, g_object_get_data (G_OBJECT (row), ROW_BULLET), &position))
    ladder_bullet_editor_add_bullet (self, position + 1);

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Editing as in a word processor                                      */

/* Each of these edits is one step of the history, whatever it changes. */
static void
begin_change (LadderBulletEditor *self)
{
  if (self->history != NULL)
    {
      ladder_history_seal (self->history);
      ladder_history_begin_group (self->history);
    }
}

static void
end_change (LadderBulletEditor *self)
{
  if (self->history != NULL)
    ladder_history_end_group (self->history);
}

/* The focus in the bullet at @position, at character @offset (-1: at its
 * end). */
static void
focus_bullet (LadderBulletEditor *self,
              guint               position,
              int                 offset)
{
  GtkWidget *entry = ladder_bullet_editor_get_entry (self, position);
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  if (entry == NULL)
    return;

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (entry));
  if (offset < 0)
    gtk_text_buffer_get_end_iter (buffer, &iter);
  else
    gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  gtk_widget_grab_focus (entry);
  gtk_text_buffer_place_cursor (buffer, &iter);
}

static LadderBullet *
row_bullet (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), ROW_BULLET);
}

static GtkTextView *
row_view (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), ROW_TEXT_VIEW);
}

/* The Markdown of @view's text from @from to @to (NULL: its start, its
 * end): kept from @bullet's where it is unchanged, or NULL when it would
 * add a link or HTML that is not safe to publish (the view then says why). */
static char *
markdown_between (GtkTextView       *view,
                  LadderBullet      *bullet,
                  const GtkTextIter *from,
                  const GtkTextIter *to)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  const char *markdown = ladder_bullet_get_text (bullet);
  GtkTextIter start, end;
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

static LadderBulletEditor *
row_editor (GtkWidget *row)
{
  return LADDER_BULLET_EDITOR (gtk_widget_get_ancestor (row, LADDER_TYPE_BULLET_EDITOR));
}

/* Enter ends the bullet: the text after the cursor starts the next one.
 * On an empty last bullet it ends the list instead. */
static gboolean
on_split (GtkWidget *row,
          GVariant  *args,
          gpointer   user_data)
{
  LadderBulletEditor *self = row_editor (row);
  LadderBullet *bullet = row_bullet (row);
  GtkTextView *view = row_view (row);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (LadderBullet) next = NULL;
  GtkTextIter start, end;
  guint position;

  if (self == NULL || !find_bullet (self, bullet, &position))
    return TRUE;

  if (gtk_text_buffer_get_char_count (buffer) == 0
      && position + 1 == g_list_model_get_n_items (bullets (self)))
    {
      begin_change (self);
      ladder_role_remove_bullet (self->role, (LadderBulletList) self->list, position);
      end_change (self);
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
  begin_change (self);
  ladder_bullet_set_text (bullet, before);
  ladder_role_insert_bullet (self->role, (LadderBulletList) self->list, position + 1, next);
  end_change (self);

  focus_bullet (self, position + 1, 0);
  return TRUE;
}

/* Backspace at the start of a bullet joins it to the one before (an empty
 * one just goes); Delete at its end joins the next one to it. */
static gboolean
join_bullets (LadderBulletEditor *self,
              guint               first)
{
  g_autoptr (LadderBullet) kept = g_list_model_get_item (bullets (self), first);
  g_autoptr (LadderBullet) gone = g_list_model_get_item (bullets (self), first + 1);
  GtkWidget *entry = ladder_bullet_editor_get_entry (self, first);
  int offset = entry != NULL ? gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (GTK_TEXT_VIEW (entry))) : -1;
  g_autofree char *joined = NULL;

  if (kept == NULL || gone == NULL)
    return FALSE;

  joined = ladder_inline_join (ladder_bullet_get_text (kept), ladder_bullet_get_text (gone));

  begin_change (self);
  ladder_bullet_set_text (kept, joined);
  ladder_role_remove_bullet (self->role, (LadderBulletList) self->list, first + 1);
  end_change (self);

  focus_bullet (self, first, offset);
  return TRUE;
}

static gboolean
on_backspace (GtkWidget *row,
              GVariant  *args,
              gpointer   user_data)
{
  LadderBulletEditor *self = row_editor (row);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (row_view (row));
  GtkTextIter cursor;
  guint position;

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  if (self == NULL || gtk_text_buffer_get_has_selection (buffer) || !gtk_text_iter_is_start (&cursor)
      || !find_bullet (self, row_bullet (row), &position) || position == 0)
    return FALSE;

  return join_bullets (self, position - 1);
}

static gboolean
on_delete (GtkWidget *row,
           GVariant  *args,
           gpointer   user_data)
{
  LadderBulletEditor *self = row_editor (row);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (row_view (row));
  GtkTextIter cursor;
  guint position;

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  if (self == NULL || gtk_text_buffer_get_has_selection (buffer) || !gtk_text_iter_is_end (&cursor)
      || !find_bullet (self, row_bullet (row), &position)
      || position + 1 >= g_list_model_get_n_items (bullets (self)))
    return FALSE;

  return join_bullets (self, position);
}

/* Lines pasted (or dropped) into a bullet, for after the paste. */
typedef struct
{
  GWeakRef      row;
  int           offset;
  char         *text;
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
  g_autofree char *last = NULL;
  LadderBulletEditor *self;
  LadderBullet *bullet;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextIter at;
  const char *markdown;
  guint position;

  if (row == NULL || (self = row_editor (row)) == NULL || !find_bullet (self, row_bullet (row), &position))
    return G_SOURCE_REMOVE;

  bullet = row_bullet (row);
  view = row_view (row);
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
      g_autofree char *problem = ladder_markdown_check_edit (markdown, g_ptr_array_index (texts, i));

      ladder_text_binding_show_problem (GTK_WIDGET (view), problem);
      if (problem != NULL)
        return G_SOURCE_REMOVE;
    }

  begin_change (self);
  ladder_bullet_set_text (bullet, g_ptr_array_index (texts, 0));
  for (guint i = 1; i < texts->len; i++)
    {
      g_autoptr (LadderBullet) added = ladder_bullet_new (g_ptr_array_index (texts, i));

      ladder_role_insert_bullet (self->role, (LadderBulletList) self->list, position + i, added);
    }
  end_change (self);

  focus_bullet (self, position + texts->len - 1, (int) g_utf8_strlen (last, -1));
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
  g_source_set_name_by_id (g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, paste_lines, paste, paste_free),
                           "ladder: paste lines");
}

/* ------------------------------------------------------------------ */
/* Formatting                                                           */

/* The history a bullet's formatting commands are steps of. */
static LadderHistory *
view_history (GtkWidget *view)
{
  GtkWidget *editor = gtk_widget_get_ancestor (view, LADDER_TYPE_BULLET_EDITOR);

  return editor != NULL ? LADDER_BULLET_EDITOR (editor)->history : NULL;
}

static gboolean
on_format (GtkWidget *row,
           GVariant  *args,
           gpointer   user_data)
{
  return gtk_widget_activate_action (GTK_WIDGET (row_view (row)), g_variant_get_string (args, NULL), NULL);
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  key,
              GdkModifierType        modifiers,
              GtkShortcutFunc        callback,
              gpointer               data,
              const char            *argument)
{
  GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (key, modifiers);
  GtkShortcutAction *action = gtk_callback_action_new (callback, data, NULL);

  if (argument != NULL)
    gtk_shortcut_controller_add_shortcut (controller, gtk_shortcut_new_with_arguments (trigger, action, "s", argument));
  else
    gtk_shortcut_controller_add_shortcut (controller, gtk_shortcut_new (trigger, action));
}

/* ------------------------------------------------------------------ */
/* Deleting                                                             */

static void
remove_bullet (gpointer owner,
               guint    position,
               gpointer user_data)
{
  LadderBulletEditor *self = user_data;

  ladder_role_remove_bullet (owner, (LadderBulletList) self->list, position);
}

static void
insert_bullet (gpointer owner,
               guint    position,
               gpointer item,
               gpointer user_data)
{
  LadderBulletEditor *self = user_data;

  ladder_role_insert_bullet (owner, (LadderBulletList) self->list, position, item);
}

static void
on_bullet_restored (gpointer owner,
                    gpointer item,
                    guint    position,
                    gpointer user_data)
{
  LadderBulletEditor *self = user_data;

  if (self->role == owner)
    focus_bullet (self, position, -1);
}

static void
on_remove_clicked (GtkButton          *button,
                   LadderBulletEditor *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  GtkTextView *view = row_view (row);
  g_autoptr (GPtrArray) spans = NULL;
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  guint position;

  if (!find_bullet (self, row_bullet (row), &position))
    return;

  /* The toast quotes the text as it is shown. */
  if (ladder_text_binding_is_rich (view))
    {
      spans = ladder_rich_text_get_spans (gtk_text_view_get_buffer (view), NULL, NULL);
      text = ladder_inline_spans_to_text (spans);
    }
  else
    {
      text = g_strdup (ladder_bullet_get_text (row_bullet (row)));
    }

  message = ladder_deletion_message (g_strstrip (text),
                                     self->list == LADDER_BULLET_LIST_REQUIREMENTS
                                     ? _("Empty requirement deleted") : _("Empty responsibility deleted"));
  ladder_deletion_delete (GTK_WIDGET (self), self->history, message, bullets (self), position, self->role,
                          remove_bullet, insert_bullet, on_bullet_restored, g_object_ref (self), g_object_unref);
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  return gdk_content_provider_new_typed (LADDER_TYPE_BULLET, g_object_get_data (G_OBJECT (row), ROW_BULLET));
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  LadderBulletEditor *self = LADDER_BULLET_EDITOR (gtk_widget_get_ancestor (row, LADDER_TYPE_BULLET_EDITOR));
  LadderBullet *dragged = g_value_get_object (value);
  guint from, to;

  if (self == NULL || !find_bullet (self, dragged, &from)
      || !find_bullet (self, g_object_get_data (G_OBJECT (row), ROW_BULLET), &to))
    return FALSE;

  if (from != to)
    ladder_role_move_bullet (self->role, (LadderBulletList) self->list, from, to);

  return TRUE;
}

/* Screen readers name a bullet's row by its text as it is shown: a link's
 * words, without the Markdown around them. */
static void
name_row (GtkWidget    *row,
          GParamSpec   *pspec,
          LadderBullet *bullet)
{
  const char *markdown = ladder_bullet_get_text (bullet);
  g_autoptr (GPtrArray) spans = ladder_inline_parse (markdown, NULL);
  g_autofree char *text = spans != NULL ? ladder_inline_spans_to_text (spans) : g_strdup (markdown);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
on_bullet_text_changed (LadderBullet *bullet,
                        GParamSpec   *pspec,
                        GtkWidget    *row)
{
  name_row (row, pspec, bullet);
}
static void mark_row (LadderBulletEditor *self,
                      GtkWidget          *row,
                      guint               position);

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  LadderBulletEditor *self = user_data;
  LadderBullet *bullet = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkWidget *text_view = gtk_text_view_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkShortcutController *controller = GTK_SHORTCUT_CONTROLLER (shortcuts);
  GtkDragSource *drag = gtk_drag_source_new ();
  GtkDropTarget *drop = gtk_drop_target_new (LADDER_TYPE_BULLET, GDK_ACTION_MOVE);
  const char *remove_label = self->list == LADDER_BULLET_LIST_REQUIREMENTS
                             ? _("Remove Requirement") : _("Remove Responsibility");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* One Tab stop a bullet, its text: the row and its remove button are
   * reached by pointer and by screen readers. */
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_focusable (remove, FALSE);
  name_row (row, NULL, bullet);
  g_signal_connect_object (bullet, "notify::text", G_CALLBACK (on_bullet_text_changed), row, 0);
  g_object_set_data_full (G_OBJECT (row), ROW_BULLET, g_object_ref (bullet), g_object_unref);
  g_object_set_data (G_OBJECT (row), ROW_TEXT_VIEW, text_view);

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_add_css_class (handle, "bullet-handle");
  gtk_widget_set_tooltip_text (handle, _("Drag to reorder"));

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (text_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (text_view), 8);
  ladder_text_fit_height (GTK_TEXT_VIEW (text_view), 0);
  gtk_widget_set_hexpand (text_view, TRUE);
  gtk_widget_add_css_class (text_view, "bullet-text");
  /* Before the binding's handlers: a line break never reaches the text. */
  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view)), "insert-text",
                    G_CALLBACK (on_insert_text), row);
  /* A link or HTML that is not safe to publish is refused where it is
   * typed: the bullet keeps its last safe text. */
  ladder_text_binding_bind_rich (GTK_TEXT_VIEW (text_view), G_OBJECT (bullet), "text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, item_name (self),
                                  -1);
  ladder_bullet_format_install (GTK_TEXT_VIEW (text_view), view_history);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);

  gtk_box_append (GTK_BOX (box), handle);
  gtk_box_append (GTK_BOX (box), text_view);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* Reordering by keyboard; Enter, Backspace and Delete across bullets;
   * formatting. */
  add_shortcut (controller, GDK_KEY_Up, GDK_ALT_MASK, on_row_move, self, "bullets.move-up");
  add_shortcut (controller, GDK_KEY_Down, GDK_ALT_MASK, on_row_move, self, "bullets.move-down");
  add_shortcut (controller, GDK_KEY_Return, GDK_CONTROL_MASK, on_add_after, self, NULL);
  add_shortcut (controller, GDK_KEY_Return, 0, on_split, NULL, NULL);
  add_shortcut (controller, GDK_KEY_KP_Enter, 0, on_split, NULL, NULL);
  add_shortcut (controller, GDK_KEY_ISO_Enter, 0, on_split, NULL, NULL);
  add_shortcut (controller, GDK_KEY_Return, GDK_SHIFT_MASK, on_split, NULL, NULL);
  add_shortcut (controller, GDK_KEY_BackSpace, 0, on_backspace, NULL, NULL);
  add_shortcut (controller, GDK_KEY_Delete, 0, on_delete, NULL, NULL);
  add_shortcut (controller, GDK_KEY_KP_Delete, 0, on_delete, NULL, NULL);
  add_shortcut (controller, GDK_KEY_b, GDK_CONTROL_MASK, on_format, NULL, "bullet.bold");
  add_shortcut (controller, GDK_KEY_i, GDK_CONTROL_MASK, on_format, NULL, "bullet.italic");
  add_shortcut (controller, GDK_KEY_k, GDK_CONTROL_MASK, on_format, NULL, "bullet.link");
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (row, shortcuts);

  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare), row);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), row);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop));

  {
    guint position;

    if (find_bullet (self, bullet, &position))
      mark_row (self, row, position);
  }

  return row;
}

/* A bullet's row says what the checks found in it: marked as an error or
 * a warning, the messages in its tooltip. */
static void
mark_row (LadderBulletEditor *self,
          GtkWidget          *row,
          guint               position)
{
  g_autoptr (GString) tooltip = g_string_new (NULL);
  LadderLintSeverity worst = LADDER_LINT_OFF;

  for (guint i = 0; self->problems != NULL && i < self->problems->len; i++)
    {
      LadderLintProblem *problem = g_ptr_array_index (self->problems, i);

      if (ladder_lint_problem_get_index (problem) != (int) position)
        continue;

      worst = MAX (worst, ladder_lint_problem_get_severity (problem));
      if (tooltip->len > 0)
        g_string_append_c (tooltip, '\n');
      g_string_append (tooltip, ladder_lint_problem_get_message (problem));
    }

  gtk_widget_remove_css_class (row, "error");
  gtk_widget_remove_css_class (row, "warning");
  if (worst == LADDER_LINT_ERROR)
    gtk_widget_add_css_class (row, "error");
  else if (worst == LADDER_LINT_WARNING)
    gtk_widget_add_css_class (row, "warning");
  gtk_widget_set_tooltip_text (row, tooltip->len > 0 ? tooltip->str : NULL);
}

static void
mark_rows (LadderBulletEditor *self)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, (int) i)) != NULL; i++)
    mark_row (self, GTK_WIDGET (row), i);
}

void
ladder_bullet_editor_set_problems (LadderBulletEditor *self,
                                   GPtrArray          *problems)
{
  g_return_if_fail (LADDER_IS_BULLET_EDITOR (self));

  if (problems != NULL)
    g_ptr_array_ref (problems);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = problems;
  mark_rows (self);
}

gboolean
ladder_bullet_editor_focus_bullet (LadderBulletEditor *self,
                                   guint               position,
                                   int                 offset,
                                   int                 length)
{
  GtkWidget *view = ladder_bullet_editor_get_entry (self, position);
  GtkTextBuffer *buffer;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  g_return_val_if_fail (LADDER_IS_BULLET_EDITOR (self), FALSE);

  if (view == NULL)
    return FALSE;

  gtk_widget_grab_focus (view);
  if (offset < 0)
    return TRUE;

  /* The problem's bytes of the bullet's text, as characters of the
   * buffer (which holds that text). */
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  if ((gsize) offset + (gsize) MAX (length, 0) > strlen (text))
    return TRUE;

  gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) g_utf8_pointer_to_offset (text, text + offset));
  gtk_text_buffer_get_iter_at_offset (buffer, &end,
                                      (int) g_utf8_pointer_to_offset (text, text + offset + MAX (length, 0)));
  gtk_text_buffer_select_range (buffer, &start, &end);
  return TRUE;
}

static void
update_add_label (LadderBulletEditor *self)
{
  /* An empty list says what belongs in it. */
  gtk_label_set_label (self->placeholder,
                       self->list == LADDER_BULLET_LIST_REQUIREMENTS
                       ? _("No requirements yet: add what a person needs to bring to this role.")
                       : _("No responsibilities yet: add what a person in this role does."));

  adw_button_content_set_label (self->add_content,
                                self->list == LADDER_BULLET_LIST_REQUIREMENTS
                                ? _("Add _Requirement") : _("Add Re_sponsibility"));
}

static void
rebind (LadderBulletEditor *self)
{
  if (self->role == NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  else
    gtk_list_box_bind_model (self->list_box, bullets (self), create_row, self, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bullets.add", self->role != NULL);
  update_add_label (self);
}

void
ladder_bullet_editor_add_bullet (LadderBulletEditor *self,
                               guint             position)
{
  g_autoptr (LadderBullet) bullet = ladder_bullet_new ("");
  GtkWidget *entry;

  g_return_if_fail (LADDER_IS_BULLET_EDITOR (self));
  g_return_if_fail (self->role != NULL);

  position = MIN (position, g_list_model_get_n_items (bullets (self)));
  ladder_role_insert_bullet (self->role, (LadderBulletList) self->list, position, bullet);

  entry = ladder_bullet_editor_get_entry (self, position);
  if (entry != NULL)
    gtk_widget_grab_focus (entry);
}

static void
on_add (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  LadderBulletEditor *self = LADDER_BULLET_EDITOR (widget);

  ladder_bullet_editor_add_bullet (self, g_list_model_get_n_items (bullets (self)));
}

/* The text view editing the bullet at @position. */
GtkWidget *
ladder_bullet_editor_get_entry (LadderBulletEditor *self,
                              guint             position)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (LADDER_IS_BULLET_EDITOR (self), NULL);

  row = gtk_list_box_get_row_at_index (self->list_box, (int) position);
  return row != NULL ? g_object_get_data (G_OBJECT (row), ROW_TEXT_VIEW) : NULL;
}

/* The row of the bullet at @position: its text view, drag handle and
 * remove button. */
GtkWidget *
ladder_bullet_editor_get_row (LadderBulletEditor *self,
                              guint               position)
{
  g_return_val_if_fail (LADDER_IS_BULLET_EDITOR (self), NULL);

  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->list_box, (int) position));
}

static void
ladder_bullet_editor_dispose (GObject *object)
{
  LadderBulletEditor *self = (LadderBulletEditor *) object;

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->role);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_object (&self->history);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_BULLET_EDITOR);

  G_OBJECT_CLASS (ladder_bullet_editor_parent_class)->dispose (object);
}

static void
ladder_bullet_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LadderBulletEditor *self = LADDER_BULLET_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      g_value_set_object (value, self->role);
      break;

    case PROP_LIST:
      g_value_set_int (value, self->list);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_bullet_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LadderBulletEditor *self = LADDER_BULLET_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      ladder_bullet_editor_set_role (self, g_value_get_object (value));
      break;

    case PROP_LIST:
      ladder_bullet_editor_set_list (self, g_value_get_int (value));
      break;

    case PROP_HISTORY:
      ladder_bullet_editor_set_history (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_bullet_editor_class_init (LadderBulletEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_bullet_editor_dispose;
  object_class->get_property = ladder_bullet_editor_get_property;
  object_class->set_property = ladder_bullet_editor_set_property;

  properties[PROP_ROLE] =
    g_param_spec_object ("role", NULL, NULL,
                         LADDER_TYPE_ROLE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderBulletEditor:list:
   *
   * Which of the role's lists: a #LadderBulletList value.
   */
  properties[PROP_LIST] =
    g_param_spec_int ("list", NULL, NULL,
                      LADDER_BULLET_LIST_RESPONSIBILITIES, LADDER_BULLET_LIST_REQUIREMENTS,
                      LADDER_BULLET_LIST_RESPONSIBILITIES,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderBulletEditor:history:
   *
   * The document's history, in which each edit across bullets (Enter,
   * Backspace joining two, lines pasted, a deletion) is one step.
   */
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         LADDER_TYPE_HISTORY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ladder-bullet-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderBulletEditor, box);
  gtk_widget_class_bind_template_child (widget_class, LadderBulletEditor, list_box);
  gtk_widget_class_bind_template_child (widget_class, LadderBulletEditor, add_button);
  gtk_widget_class_bind_template_child (widget_class, LadderBulletEditor, add_content);
  gtk_widget_class_install_action (widget_class, "bullets.add", NULL, on_add);
  gtk_widget_class_install_action (widget_class, "bullets.move-up", "u", on_move);
  gtk_widget_class_install_action (widget_class, "bullets.move-down", "u", on_move);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ladder_bullet_editor_init (LadderBulletEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->placeholder = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->placeholder, TRUE);
  gtk_label_set_xalign (self->placeholder, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (self->placeholder), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->placeholder), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->placeholder), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->placeholder), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self->placeholder), "dim-label");
  gtk_list_box_set_placeholder (self->list_box, GTK_WIDGET (self->placeholder));
  rebind (self);
}

GtkWidget *
ladder_bullet_editor_new (void)
{
  return g_object_new (LADDER_TYPE_BULLET_EDITOR, NULL);
}

LadderRole *
ladder_bullet_editor_get_role (LadderBulletEditor *self)
{
  g_return_val_if_fail (LADDER_IS_BULLET_EDITOR (self), NULL);

  return self->role;
}

void
ladder_bullet_editor_set_role (LadderBulletEditor *self,
                             LadderRole       *role)
{
  g_return_if_fail (LADDER_IS_BULLET_EDITOR (self));
  g_return_if_fail (role == NULL || LADDER_IS_ROLE (role));

  if (!g_set_object (&self->role, role))
    return;

  rebind (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

int
ladder_bullet_editor_get_list (LadderBulletEditor *self)
{
  g_return_val_if_fail (LADDER_IS_BULLET_EDITOR (self), 0);

  return self->list;
}

void
ladder_bullet_editor_set_list (LadderBulletEditor *self,
                             int               list)
{
  g_return_if_fail (LADDER_IS_BULLET_EDITOR (self));

  if (self->list == list)
    return;

  self->list = list;
  rebind (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIST]);
}

/* The position of the bullet whose row holds @widget, or -1. */
int
ladder_bullet_editor_locate (LadderBulletEditor *self,
                             GtkWidget          *widget)
{
  GtkWidget *row;

  g_return_val_if_fail (LADDER_IS_BULLET_EDITOR (self), -1);

  row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);
  if (row == NULL || gtk_widget_get_parent (row) != GTK_WIDGET (self->list_box))
    return -1;

  return gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
}

LadderHistory *
ladder_bullet_editor_get_history (LadderBulletEditor *self)
{
  g_return_val_if_fail (LADDER_IS_BULLET_EDITOR (self), NULL);

  return self->history;
}

void
ladder_bullet_editor_set_history (LadderBulletEditor *self,
                                  LadderHistory      *history)
{
  g_return_if_fail (LADDER_IS_BULLET_EDITOR (self));
  g_return_if_fail (history == NULL || LADDER_IS_HISTORY (history));

  if (!g_set_object (&self->history, history))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}
