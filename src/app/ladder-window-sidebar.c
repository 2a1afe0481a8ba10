/* ladder-window-sidebar.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-window-private.h"
#include "ladder-widget-find.h"

#include "ladder-role-groups.h"
#include "ladder-role-row.h"

/*
 * The window's sidebar of roles, and what the form shows: the roles under
 * the page's headings, filtered by title, in a GtkListView, which makes
 * rows only for what is on screen (a family of 2,000 roles has some thirty
 * of them, not 2,000).
 *
 * The form shows one role (or the family); the list selects that role
 * while the filter shows it. A selection the person makes (a click, the
 * Up and Down keys) shows its role; one the list makes by itself does
 * not: losing the selected item to the filter or to an undo, or GTK
 * selecting the row the focus lands on when Tab enters the list.
 */

static void select_shown_role (LadderWindow *self);

/* The role the form shows, which the role actions act on, and its place in
 * the family (not in the filtered list), or NULL. The sidebar selects it
 * while the filter shows it. */
LadderRole *
_ladder_window_selected_role (LadderWindow *self, guint *position)
{
  LadderRole *role
      = self->role_editor != NULL ? ladder_role_editor_get_role (self->role_editor) : NULL;

  if (role == NULL || !g_str_equal (gtk_stack_get_visible_child_name (self->editor_stack), "role"))
    return NULL;

  if (position != NULL
      && !g_list_store_find (G_LIST_STORE (ladder_family_get_roles (family (self))), role,
                             position))
    return NULL;

  return role;
}

/* The row (the list's own item widget) showing @role, while it has one:
 * the list makes rows only for the items on screen and around them. */
static GtkWidget *
row_of (LadderWindow *self, LadderRole *role)
{
  if (role == NULL)
    return NULL;

  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->role_list)); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (row != NULL && LADDER_IS_ROLE_ROW (row)
          && ladder_role_row_get_role (LADDER_ROLE_ROW (row)) == role
          && gtk_widget_get_child_visible (item))
        return item;
    }

  return NULL;
}

/* Shows the form (forward) or the sidebar (back) in a folded window. An
 * unfolded one shows both side by side, and there the leaflet would move
 * the focus into the pane it calls visible: it stays where it was. */
static void
show_pane (LadderWindow *self, AdwNavigationDirection direction)
{
  g_autoptr (GtkWidget) focus = NULL;

  if (!adw_leaflet_get_folded (self->leaflet))
    g_set_object (&focus, gtk_root_get_focus (GTK_ROOT (self)));

  adw_leaflet_navigate (self->leaflet, direction);

  if (focus != NULL && gtk_root_get_focus (GTK_ROOT (self)) != focus
      && gtk_widget_get_mapped (focus))
    gtk_widget_grab_focus (focus);
}

void
ladder_window_show_family (LadderWindow *self)
{
  g_return_if_fail (LADDER_IS_WINDOW (self));

  if (self->role_editor != NULL)
    ladder_role_editor_set_role (self->role_editor, NULL);
  gtk_list_box_select_row (self->family_list, self->family_row);
  gtk_stack_set_visible_child_name (self->editor_stack, "family");
  select_shown_role (self);
  show_pane (self, ADW_NAVIGATION_DIRECTION_FORWARD);
  _ladder_window_update_actions (self);
  _ladder_window_follow_selection (self);
}

/* The classes libadwaita 1.2's AdwClamp gives its child by the width it
 * allocates it. */
static const char *const clamp_sizes[] = { "small", "medium", "large" };

/* The child of the first AdwClamp under @widget (a preferences page's). */
static GtkWidget *
clamp_child (GtkWidget *widget)
{
  GtkWidget *clamp = ladder_widget_find_descendant (widget, ADW_TYPE_CLAMP);

  return clamp != NULL ? adw_clamp_get_child (ADW_CLAMP (clamp)) : NULL;
}

/* A page shown for the first time got its width's class from AdwClamp
 * only as the frame showing it allocated it: GTK then styled every widget
 * of the page a second time, in that same frame (the role's form after the
 * family's page: 108 of the 239 styles computed). The page coming takes
 * the class of the page going, shown in the same stack at the same width;
 * AdwClamp changes it if it must. */
static void
carry_clamp_size (GtkWidget *going, GtkWidget *coming)
{
  GtkWidget *from = going != NULL ? clamp_child (going) : NULL;
  GtkWidget *to = from != NULL ? clamp_child (coming) : NULL;

  if (to == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (clamp_sizes); i++)
    {
      gboolean has = gtk_widget_has_css_class (from, clamp_sizes[i]);

      if (has && !gtk_widget_has_css_class (to, clamp_sizes[i]))
        gtk_widget_add_css_class (to, clamp_sizes[i]);
      else if (!has && gtk_widget_has_css_class (to, clamp_sizes[i]))
        gtk_widget_remove_css_class (to, clamp_sizes[i]);
    }
}

/* The form shows @role. */
static void
show_role (LadderWindow *self, LadderRole *role)
{
  if (role != _ladder_window_selected_role (self, NULL))
    {
      LadderRoleEditor *editor = _ladder_window_role_editor (self);
      GtkWidget        *focus = gtk_root_get_focus (GTK_ROOT (self));

      /* The field with the focus goes with the form it belongs to: the
       * focus moves to the role's row, as a click on it would, rather
       * than to wherever GTK finds a place for it later. */
      if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (editor)))
        {
          GtkWidget *row = row_of (self, role);

          gtk_widget_grab_focus (row != NULL ? row : GTK_WIDGET (self->filter_entry));
        }
      ladder_role_editor_set_role (editor, role);
      gtk_list_box_unselect_all (self->family_list);
      if (gtk_stack_get_visible_child (self->editor_stack) != GTK_WIDGET (editor))
        carry_clamp_size (gtk_stack_get_visible_child (self->editor_stack), GTK_WIDGET (editor));
      gtk_stack_set_visible_child_name (self->editor_stack, "role");
      show_pane (self, ADW_NAVIGATION_DIRECTION_FORWARD);
      _ladder_window_follow_selection (self);
    }

  _ladder_window_update_actions (self);
}

static void
on_selection_changed (LadderWindow *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->role_selection);

  /* Selections made here (showing the family, selecting again the role the
   * form shows), lost with an item, or made by GTK as the focus entered
   * the list, are not the person's: the form and the focus stay. */
  if (self->selecting)
    return;

  if (self->entering_list)
    {
      self->selection_refused = TRUE;
      return;
    }

  if (LADDER_IS_ROLE (item))
    show_role (self, item);
  else if (item != NULL)
    /* A heading is not something to show (clicked, say). */
    select_shown_role (self);
}

/* The role the form shows is selected in the sidebar while the filter
 * shows it, and nothing is while the form shows the family. */
static void
select_shown_role (LadderWindow *self)
{
  LadderRole *role = _ladder_window_selected_role (self, NULL);
  guint       position;

  if (self->role_selection == NULL)
    return;

  self->selecting = TRUE;
  if (self->role_groups != NULL && ladder_role_groups_find (self->role_groups, role, &position))
    {
      if (gtk_single_selection_get_selected (self->role_selection) != position)
        gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->role_selection), position,
                                         TRUE);
    }
  else if (gtk_single_selection_get_selected (self->role_selection) != GTK_INVALID_LIST_POSITION)
    gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->role_selection));
  self->selecting = FALSE;
}

/* The sidebar shows the list, "No Roles" for a family without any, or "No
 * Matching Roles" when the filter hides them all. */
static void
update_roles_page (LadderWindow *self)
{
  guint n_roles = g_list_model_get_n_items (ladder_family_get_roles (family (self)));
  guint n_shown = self->filtered_roles != NULL
                      ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered_roles))
                      : 0;

  gtk_stack_set_visible_child_name (self->roles_stack, n_roles == 0   ? "empty"
                                                       : n_shown == 0 ? "no-match"
                                                                      : "roles");
}

/* Scrolls the sidebar to the role shown once the list has laid out what
 * changed (a row just added has no place before). */
static gboolean
scroll_to_shown_role_now (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  guint         position;

  self->scroll_tick = 0;
  if (self->role_groups != NULL
      && ladder_role_groups_find (self->role_groups, _ladder_window_selected_role (self, NULL),
                                  &position))
    gtk_widget_activate_action (GTK_WIDGET (self->role_list), "list.scroll-to-item", "u", position);

  return G_SOURCE_REMOVE;
}

static void
scroll_to_shown_role (LadderWindow *self)
{
  if (self->scroll_tick == 0)
    self->scroll_tick
        = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_shown_role_now, NULL, NULL);
}

static void
on_filter_changed (LadderWindow *self)
{
  gtk_string_filter_set_search (self->role_filter,
                                gtk_editable_get_text (GTK_EDITABLE (self->filter_entry)));
  select_shown_role (self);
  update_roles_page (self);
}

/* The family changed: a part's heading, or the group a role stands in,
 * may have changed without the list of roles changing. The groups tell
 * only what differs, which a bullet, a title or a grade typed does not. */
void
_ladder_window_roles_changed (LadderWindow *self)
{
  if (self->role_groups != NULL)
    ladder_role_groups_refresh (self->role_groups);
}

/* Selects the role at @position of the family's roles, clearing a filter
 * that would hide it. */
void
ladder_window_select_role (LadderWindow *self, guint position)
{
  g_autoptr (LadderRole) role = NULL;

  g_return_if_fail (LADDER_IS_WINDOW (self));

  role = g_list_model_get_item (ladder_family_get_roles (family (self)), position);
  if (role == NULL)
    return;

  if (!ladder_role_groups_find (self->role_groups, role, NULL))
    gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), "");

  show_role (self, role);
  select_shown_role (self);
  scroll_to_shown_role (self);
}

/* Enter on a row (or a screen reader activating it) shows its role, as
 * a click does. */
static void
on_row_activated (LadderWindow *self, guint position)
{
  g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (self->role_selection), position);

  if (LADDER_IS_ROLE (item))
    {
      show_role (self, LADDER_ROLE (item));
      select_shown_role (self);
    }
}

static void
on_family_row_activated (LadderWindow *self, GtkListBoxRow *row)
{
  ladder_window_show_family (self);
}

/* ------------------------------------------------------------------ */
/* The focus entering the list                                          */

/* The item whose row has the focus, or NULL. */
static gpointer
focused_item (LadderWindow *self)
{
  GtkWidget *item = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *child;

  while (item != NULL && gtk_widget_get_parent (item) != GTK_WIDGET (self->role_list))
    item = gtk_widget_get_parent (item);

  child = item != NULL ? gtk_widget_get_first_child (item) : NULL;
  if (child != NULL && LADDER_IS_ROLE_ROW (child))
    return ladder_role_row_get_role (LADDER_ROLE_ROW (child));

  return child != NULL ? g_object_get_data (G_OBJECT (child), "ladder-heading") : NULL;
}

/* Once the list has made the row of the role shown: the focus moves onto
 * it. */
static gboolean
focus_shown_role_now (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  LadderRole   *role = _ladder_window_selected_role (self, NULL);
  GtkWidget    *row = row_of (self, role);
  GtkWidget    *focus;

  if (row == NULL && role != NULL && ladder_role_groups_find (self->role_groups, role, NULL)
      && self->focus_frames++ < 3)
    return G_SOURCE_CONTINUE;

  self->focus_tick = 0;
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (row != NULL && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->role_list)))
    gtk_widget_grab_focus (row);

  return G_SOURCE_REMOVE;
}

/* The focus has entered the list, and what GTK did on its way is over:
 * a selection it made meanwhile is undone, and the focus goes to the
 * role shown. */
static gboolean
end_focus_entry (gpointer user_data)
{
  LadderWindow *self = user_data;
  GtkWidget    *focus = gtk_root_get_focus (GTK_ROOT (self));

  self->focus_entry_idle = 0;
  self->entering_list = FALSE;
  if (self->selection_refused)
    select_shown_role (self);
  self->selection_refused = FALSE;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->role_list))
      || _ladder_window_selected_role (self, NULL) == NULL)
    return G_SOURCE_REMOVE;

  scroll_to_shown_role (self);
  /* Its row is there (the list shows it): the focus goes to it now, not
   * a frame later, when what else the main loop runs meanwhile could have
   * moved it. */
  if (_ladder_window_focus_shown_role (self))
    return G_SOURCE_REMOVE;

  self->focus_frames = 0;
  if (self->focus_tick == 0)
    self->focus_tick
        = gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_shown_role_now, NULL, NULL);

  return G_SOURCE_REMOVE;
}

/* The focus entering the list by the keyboard (Tab, or F6) lands where GTK
 * puts it: the row that last had it, or the first (GTK 4.8), which is
 * selected too in later versions, and so shown. It goes to the row of the
 * role shown instead, and a selection made on the way is refused. A
 * click is left alone: the row clicked takes the focus, then is selected
 * when the button comes up. */
static void
on_focus_enter (LadderWindow *self)
{
  if (self->clicking || focused_item (self) == (gpointer) _ladder_window_selected_role (self, NULL))
    return;

  self->entering_list = TRUE;
  /* Once what moved the focus is over, before the next event. */
  if (self->focus_entry_idle == 0)
    self->focus_entry_idle = g_idle_add_full (G_PRIORITY_HIGH, end_focus_entry, self, NULL);
}

static gboolean
end_click (gpointer user_data)
{
  LadderWindow *self = user_data;

  self->click_idle = 0;
  self->clicking = FALSE;
  return G_SOURCE_REMOVE;
}

/* A button going down on the list: the focus that enters it meanwhile is
 * the click's. */
static void
on_list_pressed (GtkGestureClick *gesture, int n_press, double x, double y, LadderWindow *self)
{
  self->clicking = TRUE;
  if (self->click_idle == 0)
    self->click_idle = g_idle_add_full (G_PRIORITY_HIGH, end_click, self, NULL);
  /* The rows handle the click themselves. */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

/* Up, Down, Home and End go from role to role, over the headings (which
 * GTK 4.8 would stop on, or select, as it does any item), and show the
 * role reached. */
static gboolean
move_between_roles (LadderWindow *self, guint keyval)
{
  GListModel *items = G_LIST_MODEL (self->role_groups);
  guint       n_items = g_list_model_get_n_items (items);
  gboolean    forward = keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down || keyval == GDK_KEY_End
                     || keyval == GDK_KEY_KP_End;
  gboolean to_end = keyval == GDK_KEY_Home || keyval == GDK_KEY_KP_Home || keyval == GDK_KEY_End
                    || keyval == GDK_KEY_KP_End;
  guint      from;
  GtkWidget *row;

  if (to_end)
    from = forward ? n_items : G_MAXUINT;
  else if (!ladder_role_groups_find (self->role_groups, focused_item (self), &from))
    return FALSE;

  for (guint step = 1; step <= n_items; step++)
    {
      guint at
          = to_end ? (forward ? n_items - step : step - 1) : (forward ? from + step : from - step);
      g_autoptr (GObject) item = at < n_items ? g_list_model_get_item (items, at) : NULL;

      if (item == NULL)
        break;
      if (!LADDER_IS_ROLE (item))
        continue;

      show_role (self, LADDER_ROLE (item));
      select_shown_role (self);
      row = row_of (self, LADDER_ROLE (item));
      if (row != NULL)
        gtk_widget_grab_focus (row);
      else
        {
          /* Its row is made once the list has scrolled to it. */
          scroll_to_shown_role (self);
          self->focus_frames = 0;
          if (self->focus_tick == 0)
            self->focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self),
                                                             focus_shown_role_now, NULL, NULL);
        }
      return TRUE;
    }

  return TRUE;
}

/* The list is one Tab stop, as a sidebar should be: Tab and Shift+Tab
 * leave it from the row that has the focus (Up and Down move between
 * roles). GtkListView would move to the next row: the list takes no focus
 * for the moment the focus moves. */
static gboolean
on_role_list_key (GtkEventControllerKey *controller,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  LadderWindow          *self)
{
  GtkDirectionType direction;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) == 0
      && (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up || keyval == GDK_KEY_Down
          || keyval == GDK_KEY_KP_Down || keyval == GDK_KEY_Home || keyval == GDK_KEY_KP_Home
          || keyval == GDK_KEY_End || keyval == GDK_KEY_KP_End))
    return move_between_roles (self, keyval) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;

  if ((keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab && keyval != GDK_KEY_ISO_Left_Tab)
      || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  direction = keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK) ? GTK_DIR_TAB_BACKWARD
                                                                         : GTK_DIR_TAB_FORWARD;
  gtk_widget_set_can_focus (GTK_WIDGET (self->role_list), FALSE);
  g_signal_emit_by_name (self, "move-focus", direction);
  gtk_widget_set_can_focus (GTK_WIDGET (self->role_list), TRUE);

  return GDK_EVENT_STOP;
}

/* The sidebar's place for the focus when it is given to it: the role the
 * form shows, while the list shows it. */
gboolean
_ladder_window_focus_shown_role (LadderWindow *self)
{
  GtkWidget *row = row_of (self, _ladder_window_selected_role (self, NULL));

  return row != NULL && gtk_widget_grab_focus (row);
}

/* ------------------------------------------------------------------ */
/* Rows                                                                 */

static GdkContentProvider *
on_role_drag_prepare (GtkDragSource *source, double x, double y, LadderRoleRow *row)
{
  LadderRole *role = ladder_role_row_get_role (row);

  return role != NULL ? gdk_content_provider_new_typed (LADDER_TYPE_ROLE, role) : NULL;
}

static gboolean
on_role_drop (GtkDropTarget *target, const GValue *value, double x, double y, LadderRoleRow *row)
{
  LadderWindow *self = LADDER_WINDOW (gtk_widget_get_root (GTK_WIDGET (row)));
  GListStore   *roles = G_LIST_STORE (ladder_family_get_roles (family (self)));
  guint         from, to;

  if (!g_list_store_find (roles, g_value_get_object (value), &from)
      || !g_list_store_find (roles, ladder_role_row_get_role (row), &to) || from == to)
    return FALSE;

  if (!ladder_family_can_move_role_on_page (family (self), from, to))
    {
      _ladder_window_explain_role_stays (self);
      return FALSE;
    }

  ladder_history_seal (history (self));
  ladder_history_begin_group (history (self));
  ladder_family_move_role_on_page (family (self), from, to);
  ladder_history_end_group (history (self));
  ladder_window_select_role (self, to);
  return TRUE;
}

static GtkWidget *
create_role_row (void)
{
  GtkWidget     *row = ladder_role_row_new (NULL);
  GtkDragSource *drag = gtk_drag_source_new ();
  GtkDropTarget *drop = gtk_drop_target_new (LADDER_TYPE_ROLE, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_role_drag_prepare), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (drop, "drop", G_CALLBACK (on_role_drop), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop));

  return row;
}

static GtkWidget *
create_heading (void)
{
  GtkWidget *heading = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (heading), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (heading), 1);
  gtk_widget_add_css_class (heading, "role-group");
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_add_css_class (heading, "dim-label");

  return heading;
}

/* An item is a role (its row) or a heading of the page (a label, never
 * selected nor activated). A row made for one kind is kept for
 * the next item of that kind. */
static void
bind_item (GtkSignalListItemFactory *factory, GtkListItem *list_item, LadderWindow *self)
{
  gpointer   item = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (LADDER_IS_ROLE (item))
    {
      if (!LADDER_IS_ROLE_ROW (child))
        gtk_list_item_set_child (list_item, child = create_role_row ());
      ladder_role_row_set_role (LADDER_ROLE_ROW (child), item);
      gtk_widget_remove_css_class (gtk_widget_get_parent (child), "role-group-row");
      gtk_list_item_set_selectable (list_item, TRUE);
      gtk_list_item_set_activatable (list_item, TRUE);
    }
  else
    {
      if (!GTK_IS_LABEL (child))
        gtk_list_item_set_child (list_item, child = create_heading ());
      gtk_label_set_label (GTK_LABEL (child), ladder_role_heading_get_text (item));
      g_object_set_data (G_OBJECT (child), "ladder-heading", item);
      /* Not lit up under the pointer, as a row to click would be. */
      gtk_widget_add_css_class (gtk_widget_get_parent (child), "role-group-row");
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (child)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      ladder_role_heading_get_text (item), -1);
      /* GTK 4.8 lets the focus onto an item only if it can be selected,
       * and Tab entering the list may land on a heading (the first item):
       * a heading can be, its selection is refused (on_selection_changed),
       * and the keys that move between rows go over it
       * (move_between_roles). */
      gtk_list_item_set_selectable (list_item, TRUE);
      gtk_list_item_set_activatable (list_item, FALSE);
    }
}

static void
unbind_item (GtkSignalListItemFactory *factory, GtkListItem *list_item, LadderWindow *self)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (LADDER_IS_ROLE_ROW (child))
    ladder_role_row_set_role (LADDER_ROLE_ROW (child), NULL);
  else if (child != NULL)
    g_object_set_data (G_OBJECT (child), "ladder-heading", NULL);
}

static void
on_items_changed (LadderWindow *self)
{
  select_shown_role (self);
  update_roles_page (self);
}

static void
on_roles_changed (LadderWindow *self, guint position, guint removed, guint added, GListModel *roles)
{
  LadderRole *shown = removed > 0 && !self->deleting_role && self->role_editor != NULL
                          ? ladder_role_editor_get_role (self->role_editor)
                          : NULL;

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
  else if (shown != NULL)
    {
      /* Moved, or put back by an undo: it stays shown, and in sight. */
      select_shown_role (self);
      scroll_to_shown_role (self);
    }
}

void
_ladder_window_sidebar_init (LadderWindow *self)
{
  GtkExpression      *title = gtk_property_expression_new (LADDER_TYPE_ROLE, NULL, "title");
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture         *click = gtk_gesture_click_new ();

  self->role_filter = gtk_string_filter_new (title);
  gtk_string_filter_set_match_mode (self->role_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->role_filter, TRUE);
  g_signal_connect_swapped (self->filter_entry, "changed", G_CALLBACK (on_filter_changed), self);

  g_signal_connect (factory, "bind", G_CALLBACK (bind_item), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_item), self);
  gtk_list_view_set_factory (self->role_list, factory);
  g_object_unref (factory);

  self->roles_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->roles_signals, "items-changed",
                                  G_CALLBACK (on_roles_changed), self);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_role_list_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->role_list), keys);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_enter), self);
  gtk_widget_add_controller (GTK_WIDGET (self->role_list), focus);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_list_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->role_list), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_swapped (self->role_list, "activate", G_CALLBACK (on_row_activated), self);
  g_signal_connect_swapped (self->family_list, "row-activated",
                            G_CALLBACK (on_family_row_activated), self);
}

/* The sidebar lists @roles, a new document's. */
void
_ladder_window_roles_set_model (LadderWindow *self, GListModel *roles)
{
  g_autoptr (GtkFilterListModel) filtered = NULL;

  if (self->role_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->role_selection, self);
  if (self->role_groups != NULL)
    g_signal_handlers_disconnect_by_data (self->role_groups, self);
  g_clear_object (&self->role_selection);
  g_clear_object (&self->role_groups);
  g_clear_object (&self->filtered_roles);

  self->filtered_roles = gtk_filter_list_model_new (g_object_ref (roles),
                                                    g_object_ref (GTK_FILTER (self->role_filter)));
  self->role_groups = ladder_role_groups_new (family (self), G_LIST_MODEL (self->filtered_roles));
  self->role_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->role_groups)));
  gtk_single_selection_set_autoselect (self->role_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->role_selection, TRUE);
  gtk_single_selection_set_selected (self->role_selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->role_selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed), self);
  g_signal_connect_object (self->role_groups, "items-changed", G_CALLBACK (on_items_changed), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_list_view_set_model (self->role_list, GTK_SELECTION_MODEL (self->role_selection));
  /* After the filtered list: it has the change when the window hears of
   * it. */
  g_signal_group_set_target (self->roles_signals, roles);

  update_roles_page (self);
}

/* Lets go of the document's roles. */
void
_ladder_window_sidebar_dispose (LadderWindow *self)
{
  if (self->role_list != NULL)
    gtk_list_view_set_model (self->role_list, NULL);
  if (self->role_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->role_selection, self);
  g_clear_object (&self->role_selection);
  g_clear_object (&self->role_groups);
  g_clear_object (&self->filtered_roles);
  if (self->focus_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->focus_tick);
  self->focus_tick = 0;
  g_clear_handle_id (&self->focus_entry_idle, g_source_remove);
  g_clear_handle_id (&self->click_idle, g_source_remove);
}
