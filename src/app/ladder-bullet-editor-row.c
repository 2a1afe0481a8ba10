/* ladder-bullet-editor-row.c
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

#include "ladder-deletion.h"
#include "ladder-inline.h"
#include "ladder-markdown-text.h"
#include "ladder-role-slots.h"
#include "ladder-rich-text.h"
#include "ladder-text-binding.h"
#include "ladder-text-fit.h"
#include "ladder-bullet-format.h"
#include "ladder-tooltip.h"

/*
 * A bullet's row in the list: a drag handle, the bullet's text as it will
 * look (ladder-text-binding.h) and a remove button. The row keeps the
 * bullet it shows and its text view as object data; its shortcuts move the
 * bullet, add one after it, and edit across _ladder_bullet_editor_bullets
 * (ladder-bullet-editor-typing.c).
 */

LadderBullet *
_ladder_bullet_row_get_bullet (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), ROW_BULLET);
}

GtkTextView *
_ladder_bullet_row_get_view (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), ROW_TEXT_VIEW);
}

LadderBulletEditor *
_ladder_bullet_row_get_editor (GtkWidget *row)
{
  return LADDER_BULLET_EDITOR (gtk_widget_get_ancestor (row, LADDER_TYPE_BULLET_EDITOR));
}

static gboolean
on_row_move (GtkWidget *row, GVariant *args, gpointer user_data)
{
  LadderBulletEditor *self = user_data;
  const char         *action = g_variant_get_string (args, NULL);
  guint               position;

  if (_ladder_bullet_editor_find (self, g_object_get_data (G_OBJECT (row), ROW_BULLET), &position))
    gtk_widget_activate_action (GTK_WIDGET (self), action, "u", position);

  return TRUE;
}

static gboolean
on_add_after (GtkWidget *row, GVariant *args, gpointer user_data)
{
  LadderBulletEditor *self = user_data;
  guint               position;

  if (_ladder_bullet_editor_find (self, g_object_get_data (G_OBJECT (row), ROW_BULLET), &position))
    ladder_bullet_editor_add_bullet (self, position + 1);

  return TRUE;
}

void
_ladder_bullet_row_add_shortcut (GListStore     *shortcuts,
                                 guint           key,
                                 GdkModifierType modifiers,
                                 GtkShortcutFunc callback,
                                 gpointer        data,
                                 const char     *argument)
{
  GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (key, modifiers);
  GtkShortcutAction  *action = gtk_callback_action_new (callback, data, NULL);
  g_autoptr (GtkShortcut) shortcut
      = argument != NULL ? gtk_shortcut_new_with_arguments (trigger, action, "s", argument)
                         : gtk_shortcut_new (trigger, action);

  g_list_store_append (shortcuts, shortcut);
}

/* The shortcuts every row of @self has: reordering by keyboard, then
 * Enter, Backspace and Delete across bullets and formatting. One list for
 * all the rows, made once, rather than thirteen shortcuts made for each. */
static GListModel *
row_shortcuts (LadderBulletEditor *self)
{
  if (self->row_shortcuts == NULL)
    {
      self->row_shortcuts = g_list_store_new (GTK_TYPE_SHORTCUT);
      _ladder_bullet_row_add_shortcut (self->row_shortcuts, GDK_KEY_Up, GDK_ALT_MASK, on_row_move,
                                       self, "bullets.move-up");
      _ladder_bullet_row_add_shortcut (self->row_shortcuts, GDK_KEY_Down, GDK_ALT_MASK, on_row_move,
                                       self, "bullets.move-down");
      _ladder_bullet_row_add_shortcut (self->row_shortcuts, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       on_add_after, self, NULL);
      _ladder_bullet_typing_add_shortcuts (self->row_shortcuts);
    }

  return G_LIST_MODEL (self->row_shortcuts);
}

/* ------------------------------------------------------------------ */
/* Deleting                                                             */

static void
remove_bullet (gpointer owner, guint position, gpointer user_data)
{
  LadderBulletEditor *self = user_data;

  ladder_role_delete_bullet (owner, (LadderBulletList) self->list, position);
}

static void
insert_bullet (gpointer owner, guint position, gpointer item, gpointer user_data)
{
  LadderBulletEditor *self = user_data;

  ladder_role_insert_bullet (owner, (LadderBulletList) self->list, position, item);
}

static void
on_bullet_restored (gpointer owner, gpointer item, guint position, gpointer user_data)
{
  LadderBulletEditor *self = user_data;

  if (self->role == owner)
    _ladder_bullet_editor_focus (self, position, -1);
}

static void
on_remove_clicked (GtkButton *button, LadderBulletEditor *self)
{
  GtkWidget   *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  GtkTextView *view = _ladder_bullet_row_get_view (row);
  g_autoptr (GPtrArray) spans = NULL;
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  guint            position;

  if (!_ladder_bullet_editor_find (self, _ladder_bullet_row_get_bullet (row), &position))
    return;

  /* The toast quotes the text as it is shown. */
  if (ladder_text_binding_is_rich (view))
    {
      spans = ladder_rich_text_get_spans (gtk_text_view_get_buffer (view), NULL, NULL);
      text = ladder_inline_spans_to_text (spans);
    }
  else
    {
      text = g_strdup (ladder_bullet_get_text (_ladder_bullet_row_get_bullet (row)));
    }

  message
      = ladder_deletion_message (g_strstrip (text), self->list == LADDER_BULLET_LIST_REQUIREMENTS
                                                        ? _ ("Empty requirement deleted")
                                                        : _ ("Empty responsibility deleted"));
  ladder_deletion_delete (GTK_WIDGET (self), self->history, message,
                          _ladder_bullet_editor_bullets (self), position, self->role, remove_bullet,
                          insert_bullet, on_bullet_restored, g_object_ref (self), g_object_unref);
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source, double x, double y, GtkWidget *row)
{
  return gdk_content_provider_new_typed (LADDER_TYPE_BULLET,
                                         g_object_get_data (G_OBJECT (row), ROW_BULLET));
}

static void
on_drag_begin (GtkDragSource *source, GdkDrag *drag, GtkWidget *row)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
on_drop (GtkDropTarget *target, const GValue *value, double x, double y, GtkWidget *row)
{
  LadderBulletEditor *self
      = LADDER_BULLET_EDITOR (gtk_widget_get_ancestor (row, LADDER_TYPE_BULLET_EDITOR));
  LadderBullet *dragged = g_value_get_object (value);
  guint         from, to;

  if (self == NULL || !_ladder_bullet_editor_find (self, dragged, &from)
      || !_ladder_bullet_editor_find (self, g_object_get_data (G_OBJECT (row), ROW_BULLET), &to))
    return FALSE;

  if (from != to)
    ladder_role_move_bullet (self->role, (LadderBulletList) self->list, from, to);

  return TRUE;
}

/* Screen readers name a bullet's row by its text as it is shown: a link's
 * words, without the Markdown around them. */
static void
name_row (GtkWidget *row, GParamSpec *pspec, LadderBullet *bullet)
{
  const char *markdown = ladder_bullet_get_text (bullet);
  g_autoptr (GPtrArray) spans = ladder_inline_parse (markdown, NULL);
  g_autofree char *text = spans != NULL ? ladder_inline_spans_to_text (spans) : g_strdup (markdown);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
on_bullet_text_changed (LadderBullet *bullet, GParamSpec *pspec, GtkWidget *row)
{
  name_row (row, pspec, bullet);
}

static const char *
item_name (LadderBulletEditor *self)
{
  return self->list == LADDER_BULLET_LIST_REQUIREMENTS ? _ ("Requirement") : _ ("Responsibility");
}

/* A line of a group's text: a label ("Territory Management", "Deal
 * execution:") reads as a heading, a sentence as text, in a few lines at
 * most. */
static GtkWidget *
make_header_line (const char *line)
{
  GtkWidget *label = gtk_label_new (line);
  gboolean   heading = g_utf8_strlen (line, -1) <= 60 && !g_str_has_suffix (line, ".");

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_widget_add_css_class (label, heading ? "heading" : "dim-label");
  return label;
}

/* The text that divides the list into groups ("**Nice-to-haves**", a
 * "##### Nice to have" heading, "Deal execution:"), which the page has
 * above a bullet and keeps there, is shown as it reads above that
 * bullet's row: where a bullet is added, moved or deleted, the person sees
 * which group it is in. (The text between the list's heading and its first
 * bullet, which starts the first group, is the role's: the role's form
 * shows it, to edit, right above the list.) A header is not a row: it is
 * not edited here, and a bullet moves past it (ladder_role_step_bullet()). */
void
_ladder_bullet_row_update_header (GtkListBoxRow *row, GtkListBoxRow *before, gpointer user_data)
{
  LadderBullet       *bullet = _ladder_bullet_row_get_bullet (GTK_WIDGET (row));
  const char         *text = bullet != NULL ? ladder_bullet_get_prefix (bullet) : NULL;
  g_autofree char    *shown = NULL;
  g_auto (GStrv) lines = NULL;
  GtkWidget *header;

  shown = text != NULL ? ladder_markdown_plain_text (text) : NULL;

  if (shown == NULL || *shown == '\0')
    {
      if (gtk_list_box_row_get_header (row) != NULL)
        gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_add_css_class (header, "bullet-group");
  lines = g_strsplit (shown, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      gtk_box_append (GTK_BOX (header), make_header_line (lines[i]));
  gtk_list_box_row_set_header (row, header);
}

/* A row with no bullet yet: its widgets and what they do. */
GtkWidget *
_ladder_bullet_editor_make_row (LadderBulletEditor *self)
{
  GtkWidget          *row = gtk_list_box_row_new ();
  GtkWidget          *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget          *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkWidget          *text_view = gtk_text_view_new ();
  GtkWidget          *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkEventController *shortcuts = gtk_shortcut_controller_new_for_model (row_shortcuts (self));
  GtkDragSource      *drag = gtk_drag_source_new ();
  GtkDropTarget      *drop = gtk_drop_target_new (LADDER_TYPE_BULLET, GDK_ACTION_MOVE);
  const char         *remove_label = self->list == LADDER_BULLET_LIST_REQUIREMENTS
                                         ? _ ("Remove Requirement")
                                         : _ ("Remove Responsibility");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* One Tab stop a bullet, its text: the row and its remove button are
   * reached by pointer and by screen readers. */
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_focusable (remove, FALSE);
  g_object_set_data (G_OBJECT (row), ROW_TEXT_VIEW, text_view);

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_add_css_class (handle, "bullet-handle");
  ladder_tooltip_set_text (handle, _ ("Drag to reorder"));

  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (text_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_widget_set_hexpand (text_view, TRUE);
  gtk_widget_add_css_class (text_view, "bullet-text");
  /* Before the binding's handlers, so that a line break never reaches
   * the text. */
  _ladder_bullet_typing_install (row, GTK_TEXT_VIEW (text_view));
  gtk_accessible_update_property (GTK_ACCESSIBLE (text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  item_name (self), -1);
  ladder_bullet_format_install (GTK_TEXT_VIEW (text_view), _ladder_bullet_typing_view_history);
  /* Wrapped once it has a width (see ladder-text-fit.c). */
  ladder_text_fit_height (GTK_TEXT_VIEW (text_view), GTK_WRAP_WORD_CHAR, 0);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  ladder_tooltip_set_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);

  gtk_box_append (GTK_BOX (box), handle);
  gtk_box_append (GTK_BOX (box), text_view);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (row, shortcuts);

  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare), row);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), row);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop));

  return row;
}

/* The group the bullet at @position is in, as the header above its first
 * bullet reads (its last line): the description of its row, which a
 * screen reader says with the bullet, as moving from bullet to bullet it
 * does not pass the headers. */
static void
describe_group (LadderBulletEditor *self, GtkWidget *row, guint position)
{
  GListModel      *bullets = _ladder_bullet_editor_bullets (self);
  const char      *text = NULL;
  g_autofree char *shown = NULL;
  const char      *last;

  for (guint i = position + 1; i-- > 0 && text == NULL;)
    {
      g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, i);
      const char *prefix = ladder_bullet_get_prefix (bullet);

      if (prefix != NULL && *prefix != '\0')
        text = prefix;
    }
  if (text == NULL)
    text = ladder_role_peek_list_text (self->role, (LadderBulletList) self->list);
  shown = text != NULL ? ladder_markdown_plain_text (text) : NULL;

  if (shown == NULL || *shown == '\0')
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  last = strrchr (shown, '\n');
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  last != NULL ? last + 1 : shown, -1);
}

/* Shows @bullet in @row, a row made for it or one that showed a bullet of
 * the role shown before (see rebind () in ladder-bullet-editor.c). */
static void
bind_row (LadderBulletEditor *self, GtkWidget *row, LadderBullet *bullet)
{
  LadderBullet *shown = _ladder_bullet_row_get_bullet (row);
  guint         position;

  if (shown != NULL)
    g_signal_handlers_disconnect_by_func (shown, on_bullet_text_changed, row);
  name_row (row, NULL, bullet);
  g_signal_connect_object (bullet, "notify::text", G_CALLBACK (on_bullet_text_changed), row, 0);
  g_object_set_data_full (G_OBJECT (row), ROW_BULLET, g_object_ref (bullet), g_object_unref);
  /* A link or HTML that is not safe to publish is refused where it is
   * typed: the bullet keeps its last safe text. Binding anew lets go of
   * the bullet shown before first. */
  ladder_text_binding_bind_rich (_ladder_bullet_row_get_view (row), G_OBJECT (bullet), "text");

  if (_ladder_bullet_editor_find (self, bullet, &position))
    {
      _ladder_bullet_editor_mark_row (self, row, position);
      describe_group (self, row, position);
    }
}

/* The headers and the rows' groups read again: the text that starts the
 * list's first group was edited. */
void
_ladder_bullet_editor_update_groups (LadderBulletEditor *self)
{
  GtkListBoxRow *row;

  gtk_list_box_invalidate_headers (self->list_box);
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, (int) i)) != NULL; i++)
    if (_ladder_bullet_row_get_bullet (GTK_WIDGET (row)) != NULL)
      describe_group (self, GTK_WIDGET (row), i);
}

/* The list box's row for @item: one kept from the role shown before when
 * there is one left, else a new one. */
GtkWidget *
_ladder_bullet_editor_create_row (gpointer item, gpointer user_data)
{
  LadderBulletEditor *self = user_data;
  GtkWidget          *row = self->spare_rows != NULL && self->spare_rows->len > 0
                                ? g_ptr_array_steal_index (self->spare_rows, 0)
                                : _ladder_bullet_editor_make_row (self);

  bind_row (self, row, item);
  return row;
}
