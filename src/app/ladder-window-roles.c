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
 * The window's roles: the sidebar's list, grouped under the page's
 * headings and filtered by title, and what the form shows; adding,
 * duplicating, deleting (undone from a toast), moving and dragging roles.
 *
 * The list has a row for each role of the family, kept in step with the
 * family's roles (GtkListBox filters only rows it did not get from a
 * model), so that filtering hides rows and keeps the selection: a role
 * stays selected while it matches, and is selected again when its row
 * comes back.
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

  self->selecting = TRUE;
  gtk_list_box_unselect_all (self->role_list);
  self->selecting = FALSE;
  ladder_role_editor_set_role (self->role_editor, NULL);
  gtk_list_box_select_row (self->family_list, self->family_row);
  gtk_stack_set_visible_child_name (self->editor_stack, "family");
  show_pane (self, ADW_NAVIGATION_DIRECTION_FORWARD);
  _ladder_window_update_actions (self);
  _ladder_window_follow_selection (self);
}

static void
on_role_selected (LadderWindow  *self,
                  GtkListBoxRow *row)
{
  LadderRole *role = row != NULL ? ladder_role_row_get_role (LADDER_ROLE_ROW (row)) : NULL;

  /* Selections made here (showing the family, selecting again the role the
   * form shows) are not the person's: the form and the focus stay. */
  if (self->selecting)
    return;

  if (role != NULL && role != _ladder_window_selected_role (self, NULL))
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      /* The field with the focus goes with the form it belongs to: the
       * focus moves to the row selected, as a click on it would, rather
       * than to wherever GTK finds a place for it later. */
      if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->role_editor)))
        gtk_widget_grab_focus (GTK_WIDGET (row));
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

/* The sidebar shows the list, "No Roles" for a family without any, or "No
 * Matching Roles" when the filter hides them all. */
static void
update_roles_page (LadderWindow *self)
{
  GListModel *roles = ladder_family_get_roles (family (self));
  guint n_roles = g_list_model_get_n_items (roles);
  guint n_shown = 0;

  for (guint i = 0; i < n_roles && n_shown == 0; i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);

      n_shown += gtk_filter_match (GTK_FILTER (self->role_filter), role);
    }

  gtk_stack_set_visible_child_name (self->roles_stack, n_roles == 0 ? "empty" : n_shown == 0 ? "no-match" : "roles");
}

static GtkListBoxRow *
row_of (LadderWindow *self,
        LadderRole   *role)
{
  guint position;

  if (role == NULL || !g_list_store_find (G_LIST_STORE (ladder_family_get_roles (family (self))), role, &position))
    return NULL;

  return gtk_list_box_get_row_at_index (self->role_list, (int) position);
}

/* Scrolls the sidebar to @row once it has its place (a row just added
 * has none yet). */
static gboolean
scroll_to_row_now (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->role_list);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->roles_scroller);
  graphene_rect_t bounds;

  self->scroll_tick = 0;
  if (row != NULL && gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->role_list), &bounds))
    {
      double top = gtk_adjustment_get_value (adjustment);
      double page = gtk_adjustment_get_page_size (adjustment);

      if (bounds.origin.y < top)
        gtk_adjustment_set_value (adjustment, bounds.origin.y);
      else if (bounds.origin.y + bounds.size.height > top + page)
        gtk_adjustment_set_value (adjustment, bounds.origin.y + bounds.size.height - page);
    }

  return G_SOURCE_REMOVE;
}

static void
scroll_to_selected_row (LadderWindow *self)
{
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_row_now, NULL, NULL);
}

/* The role the form shows is selected in the sidebar while its row is
 * there to select. */
static void
select_shown_role (LadderWindow *self)
{
  GtkListBoxRow *row = row_of (self, _ladder_window_selected_role (self, NULL));

  if (row == NULL || !gtk_widget_get_child_visible (GTK_WIDGET (row)))
    return;

  self->selecting = TRUE;
  gtk_list_box_select_row (self->role_list, row);
  self->selecting = FALSE;
}

static void
on_filter_changed (LadderWindow *self)
{
  gtk_string_filter_set_search (self->role_filter,
                                gtk_editable_get_text (GTK_EDITABLE (self->filter_entry)));
  gtk_list_box_invalidate_filter (self->role_list);
  select_shown_role (self);
  update_roles_page (self);
}

static gboolean
filter_role_row (GtkListBoxRow *row,
                 gpointer       user_data)
{
  LadderWindow *self = user_data;
  LadderRole *role = ladder_role_row_get_role (LADDER_ROLE_ROW (row));

  return role != NULL && self->role_filter != NULL && gtk_filter_match (GTK_FILTER (self->role_filter), role);
}

/* ------------------------------------------------------------------ */
/* Groups: the roles stand under the page's headings                    */

/* The heading the roles of @region stand under on the page: that of the
 * region's own section, or, where it has none, the last heading before
 * it; NULL where there is none. */
static const char *
region_heading (LadderWindow *self,
                guint         region)
{
  GListModel *sections = ladder_family_get_sections (family (self));
  guint n_sections = g_list_model_get_n_items (sections);
  const char *last = NULL;
  guint n_regions = 0;

  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);
      const char *heading = ladder_section_get_heading (section);

      if (*heading != '\0')
        last = heading;

      if (ladder_section_get_kind (section) == LADDER_SECTION_ROLES && n_regions++ == region)
        return last;
    }

  return NULL;
}

/* Roles shared by all levels come first, in a group of their own. */
static gint64
group_of (LadderRole *role)
{
  return ladder_role_get_heading_level (role) == 0 ? -1 : (gint64) ladder_role_get_region (role);
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  LadderWindow *self = user_data;
  LadderRole *role = ladder_role_row_get_role (LADDER_ROLE_ROW (row));
  LadderRole *previous = before != NULL ? ladder_role_row_get_role (LADDER_ROLE_ROW (before)) : NULL;
  const char *heading = NULL;
  GtkWidget *header = gtk_list_box_row_get_header (row);

  if (role != NULL && group_of (role) >= 0 && (previous == NULL || group_of (previous) != group_of (role)))
    heading = region_heading (self, ladder_role_get_region (role));

  if (heading == NULL)
    {
      if (header != NULL)
        gtk_list_box_row_set_header (row, NULL);
      return;
    }

  if (header != NULL && g_strcmp0 (gtk_label_get_label (GTK_LABEL (header)), heading) == 0)
    return;

  header = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (header), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (header), 1);
  gtk_widget_add_css_class (header, "role-group");
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_list_box_row_set_header (row, header);
}

/* What the sidebar's group headings depend on: each role's group, and the
 * headings of the family's parts. */
static GString *
headings_signature (LadderWindow *self)
{
  GListModel *roles = ladder_family_get_roles (family (self));
  GListModel *sections = ladder_family_get_sections (family (self));
  guint n_roles = g_list_model_get_n_items (roles);
  guint n_sections = g_list_model_get_n_items (sections);
  GString *signature = g_string_sized_new (n_roles * sizeof (gint64));

  for (guint i = 0; i < n_roles; i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);
      gint64 group = group_of (role);

      g_string_append_len (signature, (const char *) &group, sizeof group);
    }

  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);

      g_string_append_c (signature,
                         ladder_section_get_kind (section) == LADDER_SECTION_ROLES ? 'r' : 's');
      g_string_append_len (signature, ladder_section_get_heading (section), -1);
      g_string_append_c (signature, '\0');
    }

  return signature;
}

/* The family changed: the group headings are made anew only when what they
 * show changed. Doing it for every key typed in a bullet went over every
 * row of the sidebar and resized it (2,000 rows in a large family). */
void
_ladder_window_roles_changed (LadderWindow *self)
{
  GString *signature = headings_signature (self);

  if (self->headings_signature != NULL && g_string_equal (signature, self->headings_signature))
    {
      g_string_free (signature, TRUE);
      return;
    }

  if (self->headings_signature != NULL)
    g_string_free (self->headings_signature, TRUE);
  self->headings_signature = signature;
  gtk_list_box_invalidate_headers (self->role_list);
}

/* Selects the role at @position of the family's roles, clearing a filter
 * that would hide it. */
void
ladder_window_select_role (LadderWindow *self,
                           guint         position)
{
  GtkListBoxRow *row;

  g_return_if_fail (LADDER_IS_WINDOW (self));

  row = gtk_list_box_get_row_at_index (self->role_list, (int) position);
  if (row == NULL)
    return;

  if (!gtk_widget_get_child_visible (GTK_WIDGET (row)))
    gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), "");

  gtk_list_box_select_row (self->role_list, row);
  /* Selecting the role the form shows already changes nothing. */
  if (ladder_role_editor_get_role (self->role_editor) != ladder_role_row_get_role (LADDER_ROLE_ROW (row))
      || !g_str_equal (gtk_stack_get_visible_child_name (self->editor_stack), "role"))
    on_role_selected (self, row);
  scroll_to_selected_row (self);
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

  /* The words of a page belong to the page: a new role's title is empty
   * until it is typed, and the sidebar marks it meanwhile. */
  role = ladder_role_new ("");
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
  message = g_strdup_printf (_("“%s” deleted"), *ladder_role_get_title (role) != '\0' ? ladder_role_get_title (role)
                                                                                      : _("Untitled role"));
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

static GtkWidget *
create_role_row (gpointer item,
                 gpointer user_data)
{
  GtkWidget *row = ladder_role_row_new (item);
  GtkDragSource *drag = gtk_drag_source_new ();
  GtkDropTarget *drop = gtk_drop_target_new (LADDER_TYPE_ROLE, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_role_drag_prepare), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (drop, "drop", G_CALLBACK (on_role_drop), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop));

  return row;
}

static void
on_roles_changed (LadderWindow *self,
                  guint         position,
                  guint         removed,
                  guint         added,
                  GListModel   *roles)
{
  /* Taken before the rows go: removing the selected row unselects it,
   * which shows the family. */
  LadderRole *current = removed > 0 && !self->deleting_role
                          ? ladder_role_editor_get_role (self->role_editor)
                          : NULL;
  g_autoptr (LadderRole) shown = current != NULL ? g_object_ref (current) : NULL;

  for (guint i = 0; i < removed; i++)
    gtk_list_box_remove (self->role_list, GTK_WIDGET (gtk_list_box_get_row_at_index (self->role_list, (int) position)));

  for (guint i = 0; i < added; i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, position + i);

      gtk_list_box_insert (self->role_list, create_role_row (role, self), (int) (position + i));
    }

  update_roles_page (self);

  /* The role the form showed was taken away by something else than Delete
   * Role (an undo of its adding or of its copying, a redo of its
   * deleting): the form shows the role before it, the one it was added
   * after or copied from, rather than the family. */
  if (shown != NULL && !g_list_store_find (G_LIST_STORE (roles), shown, NULL))
    {
      guint n_roles = g_list_model_get_n_items (roles);

      if (n_roles == 0)
        ladder_window_show_family (self);
      else
        ladder_window_select_role (self, position > 0 ? MIN (position - 1, n_roles - 1) : 0);
    }
  else if (shown != NULL && ladder_role_editor_get_role (self->role_editor) != shown)
    {
      guint at;

      /* Moved, or put back by an undo: it stays shown. */
      if (g_list_store_find (G_LIST_STORE (roles), shown, &at))
        ladder_window_select_role (self, at);
    }
}

/* The list is one Tab stop, as a sidebar should be: Tab and Shift+Tab
 * leave it from the row that has the focus (Up and Down move between
 * rows). GtkListBox would move to the next row: that row is made
 * unfocusable for the moment the focus moves. */
static gboolean
on_role_list_key (GtkEventControllerKey *controller,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  LadderWindow          *self)
{
  GtkDirectionType direction;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;
  GtkWidget *neighbour;

  if ((keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab && keyval != GDK_KEY_ISO_Left_Tab)
      || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0 || row == NULL)
    return GDK_EVENT_PROPAGATE;

  direction = keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK) ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD;
  neighbour = row;
  do
    neighbour = direction == GTK_DIR_TAB_FORWARD ? gtk_widget_get_next_sibling (neighbour)
                                                 : gtk_widget_get_prev_sibling (neighbour);
  while (neighbour != NULL
         && (!GTK_IS_LIST_BOX_ROW (neighbour) || !gtk_widget_get_visible (neighbour)
             || !gtk_widget_get_child_visible (neighbour)));

  if (neighbour != NULL)
    gtk_widget_set_focusable (neighbour, FALSE);
  g_signal_emit_by_name (self, "move-focus", direction);
  if (neighbour != NULL)
    gtk_widget_set_focusable (neighbour, TRUE);

  return GDK_EVENT_STOP;
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
  GtkExpression *title = gtk_property_expression_new (LADDER_TYPE_ROLE, NULL, "title");
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->deleted_roles = g_hash_table_new_full (NULL, NULL, NULL, deleted_role_free);

  self->role_filter = gtk_string_filter_new (title);
  gtk_string_filter_set_match_mode (self->role_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->role_filter, TRUE);
  g_signal_connect_swapped (self->filter_entry, "changed", G_CALLBACK (on_filter_changed), self);

  gtk_list_box_set_filter_func (self->role_list, filter_role_row, self, NULL);
  gtk_list_box_set_header_func (self->role_list, update_header, self, NULL);
  g_signal_connect_swapped (self->role_list, "row-selected", G_CALLBACK (on_role_selected), self);

  self->roles_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->roles_signals, "items-changed", G_CALLBACK (on_roles_changed), self);

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

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_role_list_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->role_list), keys);

  g_signal_connect_swapped (self->family_list, "row-activated", G_CALLBACK (on_family_row_activated), self);
}

/* The sidebar lists @roles, a new document's. */
void
_ladder_window_roles_set_model (LadderWindow *self,
                                GListModel   *roles)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->role_list, 0)) != NULL)
    gtk_list_box_remove (self->role_list, GTK_WIDGET (row));

  g_signal_group_set_target (self->roles_signals, roles);
  on_roles_changed (self, 0, 0, g_list_model_get_n_items (roles), roles);
  /* The rows just made have their headings. */
  if (self->headings_signature != NULL)
    g_string_free (self->headings_signature, TRUE);
  self->headings_signature = headings_signature (self);
}
