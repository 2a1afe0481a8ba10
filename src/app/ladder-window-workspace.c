/* ladder-window-workspace.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-window-private.h"
#include "ladder-widget-find.h"

#include <glib/gi18n.h>

#include "ladder-bullet-editor.h"
#include "ladder-scroll.h"
#include "ladder-tooltip.h"
#include "ladder-workspace-search.h"
#include "ladder-workspace-sidebar.h"

/*
 * A window with a handbook checkout open (ladder_window_set_workspace()):
 * its sidebar gains a level above the roles, the handbook's job families
 * (LadderWorkspaceSidebar). Choosing a family shows its roles in the
 * sidebar, with a button back to the handbook; the family opens in this
 * window when the window's document can be put away without losing
 * anything (nothing unsaved, nothing being saved), and in a window of its
 * own otherwise; a family already open in a window brings that window to
 * the front. A search result opens its family on the role and field it
 * was found in.
 *
 * The two sidebar levels are a GtkStack put in the leaflet where the roles'
 * sidebar was, so the rest of the window is as it is without a handbook.
 */
typedef struct _LadderWindowWorkspace LadderWindowWorkspace;

struct _LadderWindowWorkspace
{
  LadderWorkspace        *workspace;
  GtkStack               *stack;
  LadderWorkspaceSidebar *sidebar;
  GtkWidget              *placeholder;
  /* Where to go once the family being loaded is shown. */
  GFile *pending_file;
  int    pending_role;
  int    pending_field;
  guint  pending_position;
  char  *pending_role_title;
  char  *pending_text;
};

static void
clear_pending (LadderWindowWorkspace *part)
{
  g_clear_object (&part->pending_file);
  g_clear_pointer (&part->pending_role_title, g_free);
  g_clear_pointer (&part->pending_text, g_free);
}

void
_ladder_window_workspace_dispose (LadderWindow *self)
{
  LadderWindowWorkspace *part = self->workspace_part;

  if (part == NULL)
    return;

  clear_pending (part);
  g_clear_object (&part->workspace);
  g_free (part);
  self->workspace_part = NULL;
}

static void
show_sidebar_page (LadderWindow *self, const char *name)
{
  if (self->workspace_part != NULL)
    gtk_stack_set_visible_child_name (self->workspace_part->stack, name);
}

/* ------------------------------------------------------------------ */
/* Going to a role and a field                                          */

static LadderBulletEditor *
find_bullet_editor (GtkWidget *widget, int list)
{
  if (LADDER_IS_BULLET_EDITOR (widget)
      && ladder_bullet_editor_get_list (LADDER_BULLET_EDITOR (widget)) == list)
    return LADDER_BULLET_EDITOR (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      LadderBulletEditor *found = find_bullet_editor (child, list);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The role at @position, or, when the family was edited since the index
 * read it and that is not the role titled @title, the one that is. */
static int
find_role (LadderWindow *self, int position, const char *title)
{
  GListModel *roles = ladder_family_get_roles (family (self));
  guint       n = g_list_model_get_n_items (roles);

  if (position < 0)
    return -1;

  if (title != NULL && (guint) position < n)
    {
      g_autoptr (LadderRole) there = g_list_model_get_item (roles, (guint) position);

      if (g_strcmp0 (ladder_role_get_title (there), title) == 0)
        return position;
    }
  else if (title == NULL)
    {
      return (guint) position < n ? position : -1;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);

      if (g_strcmp0 (ladder_role_get_title (role), title) == 0)
        return (int) i;
    }

  return -1;
}

/* The same for a bullet of @list: the one at @position if it holds @text
 * (or no text is known), else the one that does; -1 when none does. */
static int
find_bullet (LadderRole *role, LadderBulletList list, guint position, const char *text)
{
  GListModel *bullets = ladder_role_get_bullets (role, list);
  guint       n = g_list_model_get_n_items (bullets);

  if (position < n)
    {
      g_autoptr (LadderBullet) there = g_list_model_get_item (bullets, position);

      if (text == NULL || g_strcmp0 (ladder_bullet_get_text (there), text) == 0)
        return (int) position;
    }

  for (guint i = 0; text != NULL && i < n; i++)
    {
      g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, i);

      if (g_strcmp0 (ladder_bullet_get_text (bullet), text) == 0)
        return (int) i;
    }

  return -1;
}

/**
 * ladder_window_show_place:
 * @self: a window
 * @role: the role's position, or -1 for the family's own page
 * @field: a #LadderWorkspaceField, or -1
 * @position: the bullet's position, for a bullet's field
 * @role_title: (nullable): the role's title where the place was found
 * @text: (nullable): the field's text where the place was found
 *
 * Shows the role (or the family's page) and puts the focus in the field,
 * where the form has one for it: a role's title, a bullet. A family
 * edited since the place was found (its unsaved changes, say) is shown at
 * the role and bullet with that title and text: a bullet deleted above it
 * put the focus one bullet further, and what was typed went there. Where
 * the text is no longer there, no bullet takes the focus.
 */
void
ladder_window_show_place (LadderWindow *self,
                          int           role,
                          int           field,
                          guint         position,
                          const char   *role_title,
                          const char   *text)
{
  g_autoptr (LadderRole) shown = NULL;

  g_return_if_fail (LADDER_IS_WINDOW (self));

  role = find_role (self, role, role_title);
  if (role < 0)
    {
      ladder_window_show_family (self);
      return;
    }

  ladder_window_select_role (self, (guint) role);
  shown = g_list_model_get_item (ladder_family_get_roles (family (self)), (guint) role);

  if (field == LADDER_WORKSPACE_FIELD_ROLE_TITLE)
    {
      ladder_role_editor_focus_title (_ladder_window_role_editor (self));
      /* The form has just been shown for the role: the field is where it
       * was last laid out, not where it is painted. */
      ladder_scroll_into_sight (gtk_root_get_focus (GTK_ROOT (self)));
    }
  else if (field == LADDER_WORKSPACE_FIELD_RESPONSIBILITY
           || field == LADDER_WORKSPACE_FIELD_REQUIREMENT)
    {
      int                 list = field == LADDER_WORKSPACE_FIELD_RESPONSIBILITY
                                     ? LADDER_BULLET_LIST_RESPONSIBILITIES
                                     : LADDER_BULLET_LIST_REQUIREMENTS;
      LadderBulletEditor *editor
          = find_bullet_editor (GTK_WIDGET (_ladder_window_role_editor (self)), list);
      int        bullet = find_bullet (shown, (LadderBulletList) list, position, text);
      GtkWidget *entry = editor != NULL && bullet >= 0
                             ? ladder_bullet_editor_get_entry (editor, (guint) bullet)
                             : NULL;

      if (entry != NULL)
        ladder_scroll_grab_focus_in_sight (entry);
    }
  else if (field == LADDER_WORKSPACE_FIELD_ROLE_TEXT)
    {
      ladder_role_editor_focus_part (_ladder_window_role_editor (self),
                                     LADDER_ROLE_EDITOR_PART_TEXT, (int) position);
      ladder_scroll_into_sight (gtk_root_get_focus (GTK_ROOT (self)));
    }
}

/* Whether the window shows its handbook with no family chosen yet. */
gboolean
_ladder_window_workspace_choosing (LadderWindow *self)
{
  LadderWindowWorkspace *part = self->workspace_part;

  return part != NULL && part->workspace != NULL && gtk_widget_get_visible (part->placeholder);
}

/* Called once a document is loaded into the window. */
void
_ladder_window_workspace_loaded (LadderWindow *self)
{
  LadderWindowWorkspace *part = self->workspace_part;

  if (part == NULL)
    return;

  gtk_widget_set_visible (part->placeholder, FALSE);
  show_sidebar_page (self, "roles");
  ladder_workspace_sidebar_set_current_file (part->sidebar,
                                             ladder_document_get_file (self->document));

  if (part->pending_file != NULL && ladder_window_shows_file (self, part->pending_file))
    {
      ladder_window_show_place (self, part->pending_role, part->pending_field,
                                part->pending_position, part->pending_role_title,
                                part->pending_text);
      clear_pending (part);
    }
}

static void
set_pending (LadderWindow *self,
             GFile        *file,
             int           role,
             int           field,
             guint         position,
             const char   *role_title,
             const char   *text)
{
  LadderWindowWorkspace *part = self->workspace_part;

  g_set_object (&part->pending_file, file);
  part->pending_role = role;
  part->pending_field = field;
  part->pending_position = position;
  g_free (part->pending_role_title);
  part->pending_role_title = g_strdup (role_title);
  g_free (part->pending_text);
  part->pending_text = g_strdup (text);
}

/* The document can make way for another without losing anything (a grade
 * typed and not yet taken counts as the change it is). */
static gboolean
can_replace_document (LadderWindow *self)
{
  _ladder_window_take_typing (self);
  return self->n_loading == 0 && !ladder_document_get_modified (self->document)
         && !ladder_document_get_busy (self->document);
}

static void
open_place (LadderWindow *self,
            GFile        *file,
            int           role,
            int           field,
            guint         position,
            const char   *role_title,
            const char   *text)
{
  GtkApplication  *application = gtk_window_get_application (GTK_WINDOW (self));
  LadderWorkspace *workspace = self->workspace_part->workspace;
  LadderWindow    *target = NULL;

  if (ladder_window_shows_file (self, file))
    target = self;

  for (GList *l = application != NULL ? gtk_application_get_windows (application) : NULL;
       l != NULL && target == NULL; l = l->next)
    if (LADDER_IS_WINDOW (l->data) && ladder_window_shows_file (l->data, file))
      target = l->data;

  if (target != NULL)
    {
      if (target->workspace_part == NULL)
        ladder_window_set_workspace (target, workspace);

      if (target->n_loading > 0)
        {
          /* Still reading it: go there once it is read. */
          set_pending (target, file, role, field, position, role_title, text);
        }
      else
        {
          show_sidebar_page (target, "roles");
          ladder_window_show_place (target, role, field, position, role_title, text);
        }
      gtk_window_present (GTK_WINDOW (target));
      return;
    }

  if (can_replace_document (self))
    {
      target = self;
    }
  else
    {
      target = ladder_window_new (LADDER_APPLICATION (application));
      ladder_window_set_workspace (target, workspace);
    }

  set_pending (target, file, role, field, position, role_title, text);
  ladder_window_load (target, file);
  gtk_window_present (GTK_WINDOW (target));
}

static void
on_sidebar_open (LadderWindow *self,
                 GFile        *file,
                 int           role,
                 int           field,
                 guint         position,
                 const char   *role_title,
                 const char   *text)
{
  open_place (self, file, role, field, position, role_title, text);
}

/* ------------------------------------------------------------------ */
/* Putting the handbook in the sidebar                                  */

static void
build (LadderWindow *self)
{
  LadderWindowWorkspace *part = self->workspace_part;
  g_autoptr (GtkWidget) roles = g_object_ref (self->sidebar);
  AdwHeaderBar *header;
  GtkWidget    *back;
  GtkWidget    *box;

  part->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (part->stack, GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT_RIGHT);
  gtk_stack_set_hhomogeneous (part->stack, TRUE);

  part->sidebar = LADDER_WORKSPACE_SIDEBAR (ladder_workspace_sidebar_new ());
  g_object_bind_property (self->leaflet, "folded", part->sidebar, "show-end-title-buttons",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (part->sidebar, "open", G_CALLBACK (on_sidebar_open), self,
                           G_CONNECT_SWAPPED);

  adw_leaflet_remove (self->leaflet, roles);
  gtk_stack_add_named (part->stack, GTK_WIDGET (part->sidebar), "handbook");
  gtk_stack_add_named (part->stack, roles, "roles");
  adw_leaflet_prepend (self->leaflet, GTK_WIDGET (part->stack));

  /* Back from the roles to the handbook, first in the roles' header. */
  header = ADW_HEADER_BAR (ladder_widget_find_descendant (roles, ADW_TYPE_HEADER_BAR));
  back = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (back), "win.show-handbook");
  ladder_tooltip_set_text (back, _ ("Back to the Handbook"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (back), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Back to the Handbook"), -1);
  if (header != NULL)
    {
      GtkWidget *start;

      adw_header_bar_pack_start (header, back);
      start = gtk_widget_get_parent (back);
      if (GTK_IS_BOX (start))
        gtk_box_reorder_child_after (GTK_BOX (start), back, NULL);
    }
  else
    {
      gtk_widget_insert_after (back, roles, NULL);
    }

  /* What the content shows until a family is chosen. */
  part->placeholder = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (part->placeholder), "view-list-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (part->placeholder), _ ("Choose a Job Family"));
  adw_status_page_set_description (ADW_STATUS_PAGE (part->placeholder),
                                   _ ("Pick one of the handbook’s job families on the left, search "
                                      "them all with Ctrl+Shift+F, or start a new one from the "
                                      "handbook’s template."));
  box = gtk_button_new_with_mnemonic (_ ("_New Job Family…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (box), "win.new-family");
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (box, "pill");
  adw_status_page_set_child (ADW_STATUS_PAGE (part->placeholder), box);
  gtk_stack_add_named (self->editor_stack, part->placeholder, "handbook");
  g_signal_connect_object (part->placeholder, "notify::visible",
                           G_CALLBACK (_ladder_window_update_title), self, G_CONNECT_SWAPPED);
}

/**
 * ladder_window_set_workspace:
 * @self: a window
 * @workspace: the handbook checkout to show
 *
 * Shows @workspace's job families in the window's sidebar, above the
 * roles. The window shows the families while its document is a new,
 * untouched one, and the roles of its family otherwise.
 */
void
ladder_window_set_workspace (LadderWindow *self, LadderWorkspace *workspace)
{
  LadderWindowWorkspace *part;

  g_return_if_fail (LADDER_IS_WINDOW (self));
  g_return_if_fail (LADDER_IS_WORKSPACE (workspace));

  if (self->workspace_part == NULL)
    {
      self->workspace_part = g_new0 (LadderWindowWorkspace, 1);
      build (self);
    }

  part = self->workspace_part;
  if (!g_set_object (&part->workspace, workspace))
    return;

  clear_pending (part);
  ladder_workspace_sidebar_set_workspace (part->sidebar, workspace);
  ladder_workspace_sidebar_set_current_file (
      part->sidebar,
      ladder_window_is_pristine (self) ? NULL : ladder_document_get_file (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search-handbook", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-handbook", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-family", TRUE);

  if (ladder_window_is_pristine (self))
    {
      gtk_widget_set_visible (part->placeholder, TRUE);
      gtk_stack_set_visible_child (self->editor_stack, part->placeholder);
      show_sidebar_page (self, "handbook");
    }
  else
    {
      gtk_widget_set_visible (part->placeholder, FALSE);
      show_sidebar_page (self, "roles");
    }
  _ladder_window_update_title (self);
}

/**
 * ladder_window_get_workspace:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the handbook checkout the window
 *   shows
 */
LadderWorkspace *
ladder_window_get_workspace (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);

  return self->workspace_part != NULL ? self->workspace_part->workspace : NULL;
}

/**
 * ladder_window_get_workspace_sidebar:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the sidebar of the handbook, once
 *   the window has one
 */
GtkWidget *
ladder_window_get_workspace_sidebar (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);

  return self->workspace_part != NULL ? GTK_WIDGET (self->workspace_part->sidebar) : NULL;
}

/* Shows the handbook's families in the sidebar (in a folded window, the
 * sidebar itself). */
void
ladder_window_show_handbook (LadderWindow *self)
{
  g_return_if_fail (LADDER_IS_WINDOW (self));

  if (self->workspace_part == NULL)
    return;

  show_sidebar_page (self, "handbook");
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* ------------------------------------------------------------------ */
/* Actions                                                              */

static void
on_show_handbook (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ladder_window_show_handbook (LADDER_WINDOW (widget));
}

static void
on_search_handbook (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);

  if (self->workspace_part == NULL)
    return;

  ladder_window_show_handbook (self);
  ladder_workspace_sidebar_search (self->workspace_part->sidebar, NULL);
}

static void
on_new_family (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);

  if (self->workspace_part != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->workspace_part->sidebar), "workspace.new-family",
                                NULL);
}

static void
on_open_handbook_response (GtkNativeDialog *dialog, int response, LadderWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

      if (folder != NULL && application != NULL)
        ladder_application_open_workspace (LADDER_APPLICATION (application), folder);
    }

  g_object_unref (dialog);
}

static void
on_open_handbook (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWindow         *self = LADDER_WINDOW (widget);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_ ("Open Handbook"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _ ("_Open"),
                                        _ ("_Cancel"));
  /* Next to the handbook open now, or the one last opened. */
  if (self->workspace_part != NULL)
    {
      g_autoptr (GFile) parent
          = g_file_get_parent (ladder_workspace_get_root (self->workspace_part->workspace));

      if (parent != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), parent, NULL);
    }
  else if (self->settings != NULL)
    {
      g_autofree char *last = g_settings_get_string (self->settings, "last-workspace");

      if (*last != '\0')
        {
          g_autoptr (GFile) file = g_file_new_for_path (last);
          g_autoptr (GFile) parent = g_file_get_parent (file);

          if (parent != NULL)
            gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), parent, NULL);
        }
    }
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_handbook_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
_ladder_window_class_workspace_init (LadderWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.open-handbook", NULL, on_open_handbook);
  gtk_widget_class_install_action (widget_class, "win.show-handbook", NULL, on_show_handbook);
  gtk_widget_class_install_action (widget_class, "win.search-handbook", NULL, on_search_handbook);
  gtk_widget_class_install_action (widget_class, "win.new-family", NULL, on_new_family);
}

void
_ladder_window_workspace_init (LadderWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-handbook", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search-handbook", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-family", FALSE);
}
