/* ladder-window-roles.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-window-private.h"

#include <glib/gi18n.h>

#include "ladder-role-row.h"

/*
 * The window's roles: the sidebar's list, filtered by title, and what the
 * form shows; adding, duplicating, deleting (undone from a toast), moving
 * and dragging roles.
 */

/* The role the form shows, which the role actions act on, and its place in
 * the family (not in the filtered list), or NULL. The sidebar selects it
 * while the filter shows its row. */
LadderRole *
_ladder_window_selected_role (LadderWindow *self,
                              guint        *position)
{
  LadderRole *role = ladder_role_editor_get_role (self->role_editor);

  if (role == NULL || !g_str_equal (gtk_stack_get_visible_child_name (self->editor_stack), "role"))
    return NULL;

  if (position != NULL
      && !g_list_store_find (G_LIST_STORE (ladder_family_get_roles (family (self))), role, position))
    return NULL;

  return role;
}

/* Shows the form (forward) or the sidebar (back) in a folded window. An
 * unfolded one shows both side by side, and there the leaflet would move
 * the focus into the pane it calls visible: it stays where it was. */
static void
show_pane (LadderWindow           *self,
           AdwNavigationDirection  direction)
{
  g_autoptr (GtkWidget) focus = NULL;

  if (!adw_leaflet_get_folded (self->leaflet))
    g_set_object (&focus, gtk_root_get_focus (GTK_ROOT (self)));

  adw_leaflet_navigate (self->leaflet, direction);

  if (focus != NULL && gtk_root_get_focus (GTK_ROOT (self)) != focus && gtk_widget_get_mapped (focus))
    gtk_widget_grab_focus (focus);
}

void
ladder_window_show_family (LadderWindow *self)
{
  g_return_if_fail (LADDER_IS_WINDOW (self));

  gtk_single_selection_set_selected (self->role_selection, GTK_INVALID_LIST_POSITION);
  ladder_role_editor_set_role (self->role_editor, NULL);
  gtk_list_box_select_row (self->family_list, self->family_row);
  gtk_stack_set_visible_child_name (self->editor_stack, "family");
  show_pane (self, ADW_NAVIGATION_DIRECTION_FORWARD);
  _ladder_window_update_actions (self);
  _ladder_window_follow_selection (self);
}

static void
on_role_selected (LadderWindow *self)
{
  LadderRole *role = gtk_single_selection_get_selected_item (self->role_selection);

  /* Filtering hides and shows rows, which moves or clears the selection:
   * the form keeps its role, and the focus stays where the person types. */
  if (self->filtering)
    return;

  if (role != NULL && role != _ladder_window_selected_role (self, NULL))
    {
      ladder_role_editor_set_role (self->role_editor, role);
      gtk_list_box_unselect_all (self->family_list);
      gtk_stack_set_visible_child_name (self->editor_stack, "role");
      show_pane (self, ADW_NAVIGATION_DIRECTION_FORWARD);
      _ladder_window_follow_selection (self);
    }
  else if (role == NULL)
    {
      ladder_role_editor_set_role (self->role_editor, NULL);
      if (gtk_list_box_get_selected_row (self->family_list) == NULL)
        {
          gtk_list_box_select_row (self->family_list, self->family_row);
          gtk_stack_set_visible_child_name (self->editor_stack, "family");
        }
    }

  _ladder_window_update_actions (self);
}

static void
on_filter_changed (LadderWindow *self)
{
  LadderRole *shown = _ladder_window_selected_role (self, NULL);
  GListModel *rows = G_LIST_MODEL (self->filtered_roles);

  self->filtering = TRUE;
  gtk_string_filter_set_search (self->role_filter,
                                gtk_editable_get_text (GTK_EDITABLE (self->filter_entry)));

  for (guint i = 0; shown != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (LadderRole) row = g_list_model_get_item (rows, i);

      if (row == shown)
        gtk_single_selection_set_selected (self->role_selection, i);
    }
  self->filtering = FALSE;
}

/* Selects the role at @position of the family's roles, clearing a filter
 * that would hide it. */
void
ladder_window_select_role (LadderWindow *self,
                           guint         position)
{
  GListModel *shown = G_LIST_MODEL (self->filtered_roles);
  g_autoptr (LadderRole) role = g_list_model_get_item (ladder_family_get_roles (family (self)), position);
  guint n_shown;

  g_return_if_fail (LADDER_IS_WINDOW (self));

  if (role == NULL)
    return;

  n_shown = g_list_model_get_n_items (shown);
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < n_shown; i++)
        {
          g_autoptr (LadderRole) item = g_list_model_get_item (shown, i);

          if (item == role)
            {
              gtk_single_selection_set_selected (self->role_selection, i);
              gtk_widget_activate_action (GTK_WIDGET (self->role_list), "list.scroll-to-item", "u", i);
              return;
            }
        }

      gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), "");
      n_shown = g_list_model_get_n_items (shown);
    }
}

static void
on_family_row_activated (LadderWindow  *self,
                         GtkListBoxRow *row)
{
  ladder_window_show_family (self);
}

/* ------------------------------------------------------------------ */
/* Roles                                                                */

static void
insert_role (LadderWindow *self,
             LadderRole   *role,
             guint         position)
{
  ladder_history_begin_group (history (self));
  ladder_family_insert_role (family (self), position, role);
  ladder_history_end_group (history (self));

  ladder_window_select_role (self, position);
  ladder_role_editor_focus_title (self->role_editor);
}

static void
on_add_role (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  guint position = g_list_model_get_n_items (ladder_family_get_roles (family (self)));
  g_autoptr (LadderRole) role = NULL;
  LadderRole *selected = _ladder_window_selected_role (self, &position);

  if (selected != NULL)
    position++;

  /* The words of a page belong to the page: not translated. */
  role = ladder_role_new ("New Role");
  if (selected != NULL)
    ladder_role_set_region (role, ladder_role_get_region (selected));

  insert_role (self, role, position);
}

static void
on_duplicate_role (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  guint position;
  LadderRole *role = _ladder_window_selected_role (self, &position);
  g_autoptr (LadderRole) copy = NULL;

  if (role == NULL)
    return;

  copy = ladder_role_copy (role);
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
  guint64     state;
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
on_deleted_toast_dismissed (AdwToast     *toast,
                            LadderWindow *self)
{
  /* Toasts are dismissed too when the window goes. */
  if (self->deleted_roles != NULL)
    g_hash_table_remove (self->deleted_roles, g_object_get_data (G_OBJECT (toast), "ladder-deleted-id"));
}

static void
on_delete_role (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  guint position;
  LadderRole *role = _ladder_window_selected_role (self, &position);
  g_autofree char *message = NULL;
  DeletedRole *deleted;
  AdwToast *toast;
  guint id;

  if (role == NULL)
    return;

  deleted = g_new0 (DeletedRole, 1);
  deleted->role = g_object_ref (role);
  deleted->previous = position > 0
                      ? g_list_model_get_item (ladder_family_get_roles (family (self)), position - 1)
                      : NULL;
  deleted->position = position;

  /* TRANSLATORS: %s is a role's title */
  message = g_strdup_printf (_("“%s” deleted"), ladder_role_get_title (role));
  ladder_history_seal (history (self));
  ladder_history_begin_group (history (self));
  ladder_family_remove_role (family (self), position);
  ladder_history_end_group (history (self));
  deleted->state = ladder_history_get_state (history (self));

  id = ++self->last_deleted_id;
  g_hash_table_insert (self->deleted_roles, GUINT_TO_POINTER (id), deleted);

  /* Deleting is undone from the toast, not confirmed beforehand; its Undo
   * restores this role, whatever was done since. */
  toast = _ladder_window_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.restore-role");
  adw_toast_set_action_target (toast, "u", id);
  g_object_set_data (G_OBJECT (toast), "ladder-deleted-id", GUINT_TO_POINTER (id));
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_deleted_toast_dismissed), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  if (g_list_model_get_n_items (ladder_family_get_roles (family (self))) > 0)
    ladder_window_select_role (self, MIN (position, g_list_model_get_n_items (ladder_family_get_roles (family (self))) - 1));
  else
    ladder_window_show_family (self);
}

/* The toast's Undo: while deleting the role is still the last change, it
 * is undone; after other changes, the role is put back where it was (after
 * the role it followed) as a change of its own, and nothing else is
 * touched. */
static void
on_restore_role (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  DeletedRole *deleted = g_hash_table_lookup (self->deleted_roles,
                                              GUINT_TO_POINTER (g_variant_get_uint32 (parameter)));
  GListStore *roles = G_LIST_STORE (ladder_family_get_roles (family (self)));
  guint position;

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

static void
move_selected_role (LadderWindow *self,
                    int           delta)
{
  guint position;
  guint n_roles = g_list_model_get_n_items (ladder_family_get_roles (family (self)));

  if (_ladder_window_selected_role (self, &position) == NULL
      || (delta < 0 && position == 0) || (delta > 0 && position + 1 >= n_roles))
    return;

  ladder_history_seal (history (self));
  ladder_family_move_role (family (self), position, position + delta);
  ladder_window_select_role (self, position + delta);
}

static void
on_move_role_up (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  move_selected_role (LADDER_WINDOW (widget), -1);
}

static void
on_move_role_down (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  move_selected_role (LADDER_WINDOW (widget), 1);
}

static void
on_find_role (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->filter_entry));
}

static GdkContentProvider *
on_role_drag_prepare (GtkDragSource *source,
                      double         x,
                      double         y,
                      LadderRoleRow *row)
{
  LadderRole *role = ladder_role_row_get_role (row);

  return role != NULL ? gdk_content_provider_new_typed (LADDER_TYPE_ROLE, role) : NULL;
}

static gboolean
on_role_drop (GtkDropTarget *target,
              const GValue  *value,
              double         x,
              double         y,
              LadderRoleRow *row)
{
  LadderWindow *self = LADDER_WINDOW (gtk_widget_get_root (GTK_WIDGET (row)));
  GListStore *roles = G_LIST_STORE (ladder_family_get_roles (family (self)));
  guint from, to;

  if (!g_list_store_find (roles, g_value_get_object (value), &from)
      || !g_list_store_find (roles, ladder_role_row_get_role (row), &to) || from == to)
    return FALSE;

  ladder_history_seal (history (self));
  ladder_family_move_role (family (self), from, to);
  ladder_window_select_role (self, to);
  return TRUE;
}

static void
on_role_row_setup (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   LadderWindow             *self)
{
  GtkWidget *row = ladder_role_row_new ();
  GtkDragSource *drag = gtk_drag_source_new ();
  GtkDropTarget *drop = gtk_drop_target_new (LADDER_TYPE_ROLE, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_role_drag_prepare), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (drop, "drop", G_CALLBACK (on_role_drop), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop));

  gtk_list_item_set_child (item, row);
}

static void
on_role_row_bind (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  LadderWindow             *self)
{
  ladder_role_row_set_role (LADDER_ROLE_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
on_role_row_unbind (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    LadderWindow             *self)
{
  ladder_role_row_set_role (LADDER_ROLE_ROW (gtk_list_item_get_child (item)), NULL);
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
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkExpression *title = gtk_property_expression_new (LADDER_TYPE_ROLE, NULL, "title");
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  self->deleted_roles = g_hash_table_new_full (NULL, NULL, NULL, deleted_role_free);

  self->role_filter = gtk_string_filter_new (title);
  gtk_string_filter_set_match_mode (self->role_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->role_filter, TRUE);
  g_signal_connect_swapped (self->filter_entry, "changed", G_CALLBACK (on_filter_changed), self);

  self->filtered_roles = gtk_filter_list_model_new (NULL, GTK_FILTER (self->role_filter));
  self->role_selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered_roles));
  gtk_single_selection_set_autoselect (self->role_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->role_selection, TRUE);
  g_signal_connect_swapped (self->role_selection, "notify::selected-item", G_CALLBACK (on_role_selected), self);

  g_signal_connect (factory, "setup", G_CALLBACK (on_role_row_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_role_row_bind), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_role_row_unbind), self);
  gtk_list_view_set_factory (self->role_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->role_list, GTK_SELECTION_MODEL (self->role_selection));

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                      gtk_named_action_new ("win.move-role-up")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
                      gtk_named_action_new ("win.move-role-down")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                      gtk_named_action_new ("win.delete-role")));
  gtk_widget_add_controller (GTK_WIDGET (self->role_list), shortcuts);

  g_signal_connect_swapped (self->family_list, "row-activated", G_CALLBACK (on_family_row_activated), self);
}
