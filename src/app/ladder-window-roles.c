/* ladder-window-roles.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-window-private.h"

#include <glib/gi18n.h>

/*
 * The window's role actions: adding, duplicating, deleting (undone from a
 * toast) and moving roles. The sidebar that lists them, and dragging its
 * rows, is ladder-window-sidebar.c.
 */

/* ------------------------------------------------------------------ */
/* Roles                                                                */

static void
insert_role (LadderWindow *self, LadderRole *role, guint position)
{
  ladder_history_begin_group (history (self));
  ladder_family_insert_role (family (self), position, role);
  ladder_history_end_group (history (self));

  ladder_window_select_role (self, position);
  ladder_role_editor_focus_title (_ladder_window_role_editor (self));
}

static void
on_add_role (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  guint         position = g_list_model_get_n_items (ladder_family_get_roles (family (self)));
  g_autoptr (LadderRole) role = NULL;
  LadderRole *selected;

  /* What the form shows is what is kept: a grade typed and not yet taken
   * (Ctrl+plus, Ctrl+D pressed in its field) is the selected role's. */
  _ladder_window_take_typing (self);
  selected = _ladder_window_selected_role (self, &position);

  if (selected != NULL)
    position++;

  /* The words of a page belong to the page: a new role's title is empty
   * until it is typed, and the sidebar marks it meanwhile. It stands
   * beside the selected role, or with none selected after the last one,
   * and is written as they are, so that the page reads it back. */
  if (selected == NULL && position > 0)
    {
      g_autoptr (LadderRole) last
          = g_list_model_get_item (ladder_family_get_roles (family (self)), position - 1);

      role = ladder_role_new_beside (last);
    }
  else
    role = ladder_role_new_beside (selected);

  insert_role (self, role, position);
}

static void
on_duplicate_role (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  guint         position;
  LadderRole   *role;
  g_autoptr (LadderRole) copy = NULL;

  _ladder_window_take_typing (self);
  role = _ladder_window_selected_role (self, &position);
  if (role == NULL)
    return;

  copy = ladder_role_duplicate (role);
  insert_role (self, copy, position + 1);
}

/* A deleted role, kept for its toast's Undo. */
typedef struct
{
  LadderRole *role;
  /* The role it came after, or NULL for the first. */
  LadderRole *previous;
  guint       position;
  /* The history's state right after deleting it. */
  guint64 state;
} DeletedRole;

static void
deleted_role_free (gpointer data)
{
  DeletedRole *deleted = data;

  g_clear_object (&deleted->role);
  g_clear_object (&deleted->previous);
  g_free (deleted);
}

static void
on_deleted_toast_dismissed (AdwToast *toast, LadderWindow *self)
{
  /* Toasts are dismissed too when the window goes. */
  if (self->deleted_roles != NULL)
    g_hash_table_remove (self->deleted_roles,
                         g_object_get_data (G_OBJECT (toast), "ladder-deleted-id"));
}

static void
on_delete_role (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWindow    *self = LADDER_WINDOW (widget);
  guint            position;
  LadderRole      *role = _ladder_window_selected_role (self, &position);
  g_autofree char *message = NULL;
  DeletedRole     *deleted;
  AdwToast        *toast;
  guint            id;

  if (role == NULL)
    return;

  deleted = g_new0 (DeletedRole, 1);
  deleted->role = g_object_ref (role);
  deleted->previous
      = position > 0 ? g_list_model_get_item (ladder_family_get_roles (family (self)), position - 1)
                     : NULL;
  deleted->position = position;

  /* TRANSLATORS: %s is a role's title */
  message = g_strdup_printf (_ ("“%s” deleted"), *ladder_role_get_title (role) != '\0'
                                                     ? ladder_role_get_title (role)
                                                     : _ ("Untitled role"));
  ladder_history_seal (history (self));
  ladder_history_begin_group (history (self));
  self->deleting_role = TRUE;
  ladder_family_remove_role (family (self), position);
  self->deleting_role = FALSE;
  ladder_history_end_group (history (self));
  deleted->state = ladder_history_get_state (history (self));

  id = ++self->last_deleted_id;
  g_hash_table_insert (self->deleted_roles, GUINT_TO_POINTER (id), deleted);

  /* Deleting is undone from the toast, not confirmed beforehand; its Undo
   * restores this role, whatever was done since. */
  toast = _ladder_window_toast_new (message);
  adw_toast_set_button_label (toast, _ ("_Undo"));
  adw_toast_set_action_name (toast, "win.restore-role");
  adw_toast_set_action_target (toast, "u", id);
  g_object_set_data (G_OBJECT (toast), "ladder-deleted-id", GUINT_TO_POINTER (id));
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_deleted_toast_dismissed), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  if (g_list_model_get_n_items (ladder_family_get_roles (family (self))) > 0)
    ladder_window_select_role (
        self,
        MIN (position, g_list_model_get_n_items (ladder_family_get_roles (family (self))) - 1));
  else
    ladder_window_show_family (self);
}

/* The toast's Undo: while deleting the role is still the last change, it
 * is undone; after other changes, the role is put back where it was (after
 * the role it followed) as a change of its own, and nothing else is
 * touched. */
static void
on_restore_role (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  DeletedRole  *deleted = g_hash_table_lookup (self->deleted_roles,
                                               GUINT_TO_POINTER (g_variant_get_uint32 (parameter)));
  GListStore   *roles = G_LIST_STORE (ladder_family_get_roles (family (self)));
  guint         position;

  if (deleted == NULL)
    return;

  if (!g_list_store_find (roles, deleted->role, &position)
      && ladder_history_get_state (history (self)) == deleted->state
      && ladder_history_get_can_undo (history (self)))
    ladder_history_undo (history (self));

  if (!g_list_store_find (roles, deleted->role, &position))
    {
      guint previous;

      if (deleted->previous == NULL)
        position = 0;
      else if (g_list_store_find (roles, deleted->previous, &previous))
        position = previous + 1;
      else
        position = MIN (deleted->position, g_list_model_get_n_items (G_LIST_MODEL (roles)));

      ladder_history_seal (history (self));
      ladder_history_begin_group (history (self));
      ladder_family_insert_role (family (self), position, deleted->role);
      ladder_history_end_group (history (self));
    }

  ladder_window_select_role (self, position);
}

/* Says why a role keeps its place, rather than move it where the page
 * would not show it (its text would stay, and the page reopen in the old
 * order). */
void
_ladder_window_explain_role_stays (LadderWindow *self)
{
  AdwToast *toast = _ladder_window_toast_new (
      _ ("The role keeps its place: the page writes the roles of this group at another "
         "heading level"));

  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
move_selected_role (LadderWindow *self, int delta)
{
  guint position;
  guint n_roles = g_list_model_get_n_items (ladder_family_get_roles (family (self)));

  if (_ladder_window_selected_role (self, &position) == NULL || (delta < 0 && position == 0)
      || (delta > 0 && position + 1 >= n_roles))
    return;

  if (!ladder_family_can_move_role_on_page (family (self), position, position + delta))
    {
      _ladder_window_explain_role_stays (self);
      return;
    }

  ladder_history_seal (history (self));
  ladder_history_begin_group (history (self));
  ladder_family_move_role_on_page (family (self), position, position + delta);
  ladder_history_end_group (history (self));
  ladder_window_select_role (self, position + delta);
}

static void
on_move_role_up (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  move_selected_role (LADDER_WINDOW (widget), -1);
}

static void
on_move_role_down (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  move_selected_role (LADDER_WINDOW (widget), 1);
}

static void
on_find_role (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->filter_entry));
}

void
_ladder_window_class_roles_init (LadderWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.add-role", NULL, on_add_role);
  gtk_widget_class_install_action (widget_class, "win.duplicate-role", NULL, on_duplicate_role);
  gtk_widget_class_install_action (widget_class, "win.delete-role", NULL, on_delete_role);
  gtk_widget_class_install_action (widget_class, "win.restore-role", "u", on_restore_role);
  gtk_widget_class_install_action (widget_class, "win.move-role-up", NULL, on_move_role_up);
  gtk_widget_class_install_action (widget_class, "win.move-role-down", NULL, on_move_role_down);
  gtk_widget_class_install_action (widget_class, "win.find-role", NULL, on_find_role);
}

void
_ladder_window_roles_init (LadderWindow *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  self->deleted_roles = g_hash_table_new_full (NULL, NULL, NULL, deleted_role_free);

  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (shortcuts),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                        gtk_named_action_new ("win.move-role-up")));
  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (shortcuts),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
                        gtk_named_action_new ("win.move-role-down")));
  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (shortcuts),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                        gtk_named_action_new ("win.delete-role")));
  gtk_widget_add_controller (GTK_WIDGET (self->role_list), shortcuts);
}
