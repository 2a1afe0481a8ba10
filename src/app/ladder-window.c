/* ladder-window.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-window.h"
#include "ladder-window-private.h"

#include <glib/gi18n.h>

#include "ladder-error.h"
#include "ladder-family-editor.h"
#include "ladder-file.h"
#include "ladder-json.h"
#include "ladder-import-banner.h"
#include "ladder-preview.h"
#include "ladder-role-editor.h"
#include "ladder-role-row.h"
#include "ladder-settings.h"

/*
 * One window per document: the roles in a sidebar, the form for the
 * selected role (or for the family) beside it, and the page preview. The
 * window follows its document; editors bind to the model directly.
 */
struct _LadderWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  /* The toast offering to reload a file changed on disk, while shown. */
  AdwToast             *disk_toast;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  GtkSearchEntry       *filter_entry;
  GtkListBox           *family_list;
  GtkListBoxRow        *family_row;
  GtkLabel             *family_label;
  GtkListView          *role_list;
  GtkButton            *back_button;
  AdwWindowTitle       *window_title;
  GtkPaned             *paned;
  GtkStack             *editor_stack;
  LadderFamilyEditor   *family_editor;
  LadderRoleEditor     *role_editor;
  LadderPreview        *preview;
  LadderImportBanner   *import_banner;
  GMenu                *recent_section;

  GSettings            *settings;
  LadderDocument       *document;
  GSignalGroup         *document_signals;
  GSignalGroup         *history_signals;
  GSignalGroup         *family_signals;
  GtkFilterListModel   *filtered_roles;
  GtkStringFilter      *role_filter;
  GtkSingleSelection   *role_selection;
  /* Deleted roles by the number their toast's Undo names. */
  GHashTable           *deleted_roles;
  guint                 last_deleted_id;
  /* Documents being read into the window, and the last file asked for. */
  guint                 n_loading;
  GFile                *loading;
  gboolean              filtering;
  gboolean              close_confirmed;
  gboolean              close_after_save;
};

G_DEFINE_FINAL_TYPE (LadderWindow, ladder_window, ADW_TYPE_APPLICATION_WINDOW)

static void save_as (LadderWindow *self);
static void save (LadderWindow *self);

/* A toast's title is markup: what it quotes (a title, a file name, an
 * error) is escaped. */
static AdwToast *
toast_new (const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  return adw_toast_new (escaped);
}

void
ladder_window_show_toast (LadderWindow *self,
                          const char   *message)
{
  AdwToast *toast = toast_new (message);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static LadderFamily *
family (LadderWindow *self)
{
  return ladder_document_get_family (self->document);
}

static LadderHistory *
history (LadderWindow *self)
{
  return ladder_document_get_history (self->document);
}

/* The role the form shows, which the role actions act on, and its place in
 * the family (not in the filtered list), or NULL. The sidebar selects it
 * while the filter shows its row. */
static LadderRole *
selected_role (LadderWindow *self,
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

static void
update_title (LadderWindow *self)
{
  g_autofree char *name = ladder_document_dup_title (self->document);
  g_autofree char *title = NULL;
  GFile *file = ladder_document_get_file (self->document);
  g_autofree char *where = NULL;

  /* TRANSLATORS: the window title of a document with unsaved changes */
  title = ladder_document_get_modified (self->document) ? g_strdup_printf (_("• %s"), name) : g_strdup (name);
  adw_window_title_set_title (self->window_title, title);

  if (file != NULL)
    {
      g_autoptr (GFile) parent = g_file_get_parent (file);

      where = parent != NULL ? g_file_get_parse_name (parent) : NULL;
    }
  adw_window_title_set_subtitle (self->window_title, where != NULL ? where : _("Not saved yet"));

  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_actions (LadderWindow *self)
{
  guint position = 0;
  LadderRole *role = selected_role (self, &position);
  guint n_roles = g_list_model_get_n_items (ladder_family_get_roles (family (self)));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", ladder_history_get_can_undo (history (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", ladder_history_get_can_redo (history (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.duplicate-role", role != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-role", role != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-role-up", role != NULL && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-role-down", role != NULL && position + 1 < n_roles);
}

static void
update_family_label (LadderWindow *self)
{
  const char *title = ladder_family_get_title (family (self));

  gtk_label_set_label (self->family_label, *title != '\0' ? title : _("Job Family"));
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
  update_actions (self);
}

static void
on_role_selected (LadderWindow *self)
{
  LadderRole *role = gtk_single_selection_get_selected_item (self->role_selection);

  /* Filtering hides and shows rows, which moves or clears the selection:
   * the form keeps its role, and the focus stays where the person types. */
  if (self->filtering)
    return;

  if (role != NULL && role != selected_role (self, NULL))
    {
      ladder_role_editor_set_role (self->role_editor, role);
      gtk_list_box_unselect_all (self->family_list);
      gtk_stack_set_visible_child_name (self->editor_stack, "role");
      show_pane (self, ADW_NAVIGATION_DIRECTION_FORWARD);
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

  update_actions (self);
}

static void
on_filter_changed (LadderWindow *self)
{
  LadderRole *shown = selected_role (self, NULL);
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
  LadderRole *selected = selected_role (self, &position);

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
  LadderRole *role = selected_role (self, &position);
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
  LadderRole *role = selected_role (self, &position);
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
  toast = toast_new (message);
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

  if (selected_role (self, &position) == NULL
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

/* ------------------------------------------------------------------ */
/* The document                                                         */

static void
set_document (LadderWindow   *self,
              LadderDocument *document)
{
  if (!g_set_object (&self->document, document))
    return;

  /* The roles deleted from the previous document cannot come back here. */
  g_hash_table_remove_all (self->deleted_roles);

  g_signal_group_set_target (self->document_signals, document);
  g_signal_group_set_target (self->history_signals, history (self));
  g_signal_group_set_target (self->family_signals, family (self));

  gtk_filter_list_model_set_model (self->filtered_roles, ladder_family_get_roles (family (self)));
  ladder_family_editor_set_family (self->family_editor, family (self));
  ladder_role_editor_set_family (self->role_editor, family (self));
  ladder_preview_set_family (self->preview, family (self));
  ladder_import_banner_set_diagnostics (self->import_banner, ladder_document_get_diagnostics (document));

  update_title (self);
  update_family_label (self);

  /* A document opens on the family's own page; its roles are a click away
   * in the sidebar. */
  ladder_window_show_family (self);
  update_actions (self);
}

LadderDocument *
ladder_window_get_document (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);

  return self->document;
}

gboolean
ladder_window_shows_file (LadderWindow *self,
                          GFile        *file)
{
  GFile *own;

  g_return_val_if_fail (LADDER_IS_WINDOW (self), FALSE);

  if (self->loading != NULL && g_file_equal (self->loading, file))
    return TRUE;

  own = ladder_document_get_file (self->document);
  if (own == NULL)
    own = ladder_document_get_export_file (self->document);

  return own != NULL && g_file_equal (own, file);
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr (LadderWindow) self = user_data;
  LadderDocument *document = LADDER_DOCUMENT (object);
  g_autoptr (GError) error = NULL;

  GFile *file;

  if (--self->n_loading == 0)
    g_clear_object (&self->loading);

  if (!ladder_document_load_finish (document, result, &error))
    {
      ladder_window_show_toast (self, error->message);
      return;
    }

  set_document (self, document);
  file = ladder_document_get_file (document) != NULL ? ladder_document_get_file (document)
                                                      : ladder_document_get_export_file (document);
  if (file != NULL)
    add_to_recent (file);

  if (g_getenv ("LADDER_BENCH") != NULL)
    ladder_window_start_benchmark (self);
}

void
ladder_window_load (LadderWindow *self,
                    GFile        *file)
{
  g_autoptr (LadderDocument) document = ladder_document_new ();

  g_return_if_fail (LADDER_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  self->n_loading++;
  g_set_object (&self->loading, file);
  ladder_document_load_async (document, file, NULL, on_loaded, g_object_ref (self));
}

void
ladder_window_restore_draft (LadderWindow *self,
                             LadderDraft  *draft)
{
  g_autoptr (LadderDocument) document = ladder_document_new ();

  g_return_if_fail (LADDER_IS_WINDOW (self));
  g_return_if_fail (draft != NULL);

  self->n_loading++;
  ladder_document_load_draft_async (document, draft, NULL, on_loaded, g_object_ref (self));
}

/* A window showing a new, untouched document can take a file opened, unless
 * it is already reading one: files opened together each get a window. */
gboolean
ladder_window_is_pristine (LadderWindow *self)
{
  return self->n_loading == 0
         && ladder_document_get_file (self->document) == NULL
         && ladder_document_get_export_file (self->document) == NULL
         && !ladder_document_get_modified (self->document);
}

static void
open_file (LadderWindow *self,
           GFile        *file)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (ladder_window_is_pristine (self))
    ladder_window_load (self, file);
  else
    ladder_application_open_file (LADDER_APPLICATION (application), file);
}

static void
add_filters (GtkFileChooser *chooser,
             gboolean        pages_too)
{
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) families = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) pages = gtk_file_filter_new ();

  gtk_file_filter_set_name (families, _("Job families"));
  gtk_file_filter_add_pattern (families, "*" LADDER_FILE_SUFFIX);
  gtk_file_filter_set_name (pages, _("Handbook pages"));
  gtk_file_filter_add_pattern (pages, "*.md");
  gtk_file_filter_set_name (all, _("All job families and pages"));
  gtk_file_filter_add_pattern (all, "*" LADDER_FILE_SUFFIX);
  gtk_file_filter_add_pattern (all, "*.md");

  if (pages_too)
    gtk_file_chooser_add_filter (chooser, all);
  gtk_file_chooser_add_filter (chooser, families);
  if (pages_too)
    gtk_file_chooser_add_filter (chooser, pages);
}

static void
on_open_response (GtkNativeDialog *dialog,
                  int              response,
                  LadderWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr (GFile) file = g_list_model_get_item (files, i);

          open_file (self, file);
        }
    }

  g_object_unref (dialog);
}

static void
on_open (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Open Job Family"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  add_filters (GTK_FILE_CHOOSER (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_open_recent (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  g_autoptr (GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  open_file (LADDER_WINDOW (widget), file);
}

/* ------------------------------------------------------------------ */
/* Reloading, saving and exporting                                      */

typedef struct
{
  LadderWindow   *window;
  LadderDocument *replaced;
} Reload;

static void
on_reloaded (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Reload *reload = user_data;
  LadderWindow *self = reload->window;
  LadderDocument *document = LADDER_DOCUMENT (object);
  g_autoptr (GError) error = NULL;

  /* A failed reload keeps the document as it was, with its draft. */
  if (!ladder_document_load_finish (document, result, &error))
    ladder_window_show_toast (self, error->message);
  else if (self->document == reload->replaced)
    {
      set_document (self, document);
      /* The unsaved changes were given up on purpose. */
      ladder_document_discard_draft (reload->replaced);
    }

  g_object_unref (reload->window);
  g_object_unref (reload->replaced);
  g_free (reload);
}

/* Reads the file again, or the page for a document imported from one. */
static void
reload (LadderWindow *self)
{
  GFile *file = ladder_document_get_file (self->document);
  g_autoptr (LadderDocument) document = NULL;
  Reload *reload;

  if (file == NULL)
    file = ladder_document_get_export_file (self->document);
  if (file == NULL)
    return;

  /* Answered: what the reload says next is not queued behind it. */
  if (self->disk_toast != NULL)
    adw_toast_dismiss (self->disk_toast);

  document = ladder_document_new ();
  reload = g_new0 (Reload, 1);
  reload->window = g_object_ref (self);
  reload->replaced = g_object_ref (self->document);
  ladder_document_load_async (document, file, NULL, on_reloaded, reload);
}

/* A save or an export, and what the person has allowed it so far. */
typedef struct
{
  LadderWindow    *window;
  gboolean         export;
  /* NULL: the document's own file */
  GFile           *file;
  LadderSaveFlags  flags;
} Write;

static void
write_free (gpointer data)
{
  Write *write = data;

  g_object_unref (write->window);
  g_clear_object (&write->file);
  g_free (write);
}

static void on_written (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data);

static void
start_write (LadderWindow    *self,
             gboolean         export,
             GFile           *file,
             LadderSaveFlags  flags)
{
  Write *write = g_new0 (Write, 1);

  write->window = g_object_ref (self);
  write->export = export;
  write->file = file != NULL ? g_object_ref (file) : NULL;
  write->flags = flags;

  if (export)
    ladder_document_export_full_async (self->document, file, flags, NULL, on_written, write);
  else
    ladder_document_save_full_async (self->document, file, flags, NULL, on_written, write);
}

static void export_as (LadderWindow *self);

static void
on_write_question (AdwMessageDialog *dialog,
                   const char       *response,
                   LadderWindow     *self)
{
  Write *write = g_object_get_data (G_OBJECT (dialog), "ladder-write");
  LadderSaveFlags more = 0;

  if (g_str_equal (response, "overwrite"))
    more = LADDER_SAVE_OVERWRITE_CHANGES;
  else if (g_str_equal (response, "replace"))
    more = LADDER_SAVE_REPLACE_READ_ONLY;
  else if (g_str_equal (response, "break"))
    more = LADDER_SAVE_BREAK_HARD_LINK;

  if (more != 0)
    {
      start_write (self, write->export, write->file, write->flags | more);
      return;
    }

  if (g_str_equal (response, "save-as"))
    {
      if (write->export)
        export_as (self);
      else
        save_as (self);
      return;
    }

  self->close_after_save = FALSE;
  if (g_str_equal (response, "reload"))
    reload (self);
}

/* Asks what to do about a write that could not be done as it was: the
 * dialog's responses are those of on_write_question(). */
static void
ask (LadderWindow *self,
     Write        *write,
     const char   *heading,
     const char   *body,
     ...) G_GNUC_NULL_TERMINATED;

static void
ask (LadderWindow *self,
     Write        *write,
     const char   *heading,
     const char   *body,
     ...)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  const char *id;
  va_list args;

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));

  va_start (args, body);
  while ((id = va_arg (args, const char *)) != NULL)
    {
      const char *label = va_arg (args, const char *);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), id, label);
      if (g_str_equal (id, "overwrite") || g_str_equal (id, "replace") || g_str_equal (id, "break"))
        adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), id, ADW_RESPONSE_DESTRUCTIVE);
      else if (g_str_equal (id, "save-as"))
        adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), id, ADW_RESPONSE_SUGGESTED);
    }
  va_end (args);

  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "ladder-write", write, write_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_write_question), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The name of the file a write went to, for the dialogs. */
static char *
name_of_write (LadderWindow *self,
               Write        *write)
{
  GFile *file = write->file;

  if (file == NULL)
    file = write->export ? ladder_document_get_export_file (self->document)
                         : ladder_document_get_file (self->document);

  return file != NULL ? g_file_get_basename (file) : ladder_document_dup_title (self->document);
}

/* The reason in a message that reads "FILE: error: REASON": a dialog names
 * the file in its own words. */
static const char *
reason_of (const GError *error)
{
  g_autofree char *mark = g_strdup_printf (": %s: ", _("error"));
  const char *reason = strstr (error->message, mark);

  return reason != NULL ? reason + strlen (mark) : error->message;
}

/* Nothing is written over unseen, or lost without a word: each reason a
 * write was refused gets its question, and a failure its message. */
static void
on_write_failed (LadderWindow *self,
                 Write        *write,
                 GError       *error)
{
  g_autofree char *name = name_of_write (self, write);
  g_autofree char *body = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG) && write->export)
    {
      /* TRANSLATORS: %s is a file name */
      body = g_strdup_printf (_("“%s” was changed by another program since Ladder read or last exported it. "
                                "Export over those changes?"), name);
      ask (self, write, _("Page Changed on Disk"), body, "overwrite", _("_Export Over"), NULL);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    {
      /* TRANSLATORS: %s is a file name */
      body = g_strdup_printf (_("“%s” was changed by another program since it was opened. Save over those "
                                "changes, or reload the file and lose yours?"), name);
      ask (self, write, _("File Changed on Disk"), body,
           "reload", _("_Reload"), "overwrite", _("_Save Over"), NULL);
    }
  else if (g_error_matches (error, LADDER_ERROR, LADDER_ERROR_NEWER_VERSION))
    {
      /* A newer Ladder's file is never written over: no "Save Over". */
      /* TRANSLATORS: a file name, then why it could not be written;
       * then advice */
      body = g_strdup_printf (_("“%s”: %s\n\n%s"), name, reason_of (error),
                              _("Save your changes under another name to keep both."));
      ask (self, write, _("File From a Newer Ladder"), body, "save-as", _("Save _As…"), NULL);
    }
  else if (g_error_matches (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_READ_ONLY))
    {
      /* TRANSLATORS: %s is a file name */
      body = g_strdup_printf (_("“%s” is read-only. Replace it anyway? The new file stays read-only."), name);
      ask (self, write, _("Replace Read-Only File?"), body,
           "save-as", write->export ? _("Export _As…") : _("Save _As…"), "replace", _("_Replace"), NULL);
    }
  else if (g_error_matches (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_HARD_LINK))
    {
      /* TRANSLATORS: %s is a file name */
      body = g_strdup_printf (_("“%s” has other names (hard links) that share its contents. Saving replaces it "
                                "under this name only; the other names keep the old contents."), name);
      ask (self, write, _("Break the Hard Link?"), body,
           "save-as", write->export ? _("Export _As…") : _("Save _As…"), "break", _("_Break Link"), NULL);
    }
  else
    {
      GtkWidget *dialog;

      self->close_after_save = FALSE;
      /* TRANSLATORS: a file name, then why it could not be written;
       * then advice */
      body = g_strdup_printf (_("“%s”: %s\n\n%s"), name, reason_of (error),
                              write->export ? _("The page was not exported.")
                                            : _("Your changes are still here, not saved."));
      dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                       write->export ? _("Could Not Export") : _("Could Not Save"), body);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      write_free (write);
    }
}

static void
on_exported (LadderWindow *self)
{
  g_autofree char *name = g_file_get_basename (ladder_document_get_export_file (self->document));
  g_autofree char *message = NULL;

  if (self->settings != NULL)
    {
      g_autoptr (GFile) folder = g_file_get_parent (ladder_document_get_export_file (self->document));
      g_autofree char *path = folder != NULL ? g_file_get_path (folder) : NULL;

      if (path != NULL)
        g_settings_set_string (self->settings, "last-export-folder", path);
    }

  /* TRANSLATORS: %s is a file name */
  message = g_strdup_printf (_("Exported to %s"), name);
  ladder_window_show_toast (self, message);
}

static void
on_written (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Write *write = user_data;
  LadderWindow *self = write->window;
  g_autoptr (GError) error = NULL;
  gboolean written = write->export ? ladder_document_export_finish (LADDER_DOCUMENT (object), result, &error)
                                   : ladder_document_save_finish (LADDER_DOCUMENT (object), result, &error);

  if (!written)
    {
      on_write_failed (self, write, error);
      return;
    }

  if (write->export)
    {
      on_exported (self);
    }
  else
    {
      add_to_recent (ladder_document_get_file (self->document));

      if (self->close_after_save)
        {
          self->close_confirmed = TRUE;
          gtk_window_close (GTK_WINDOW (self));
        }
    }

  write_free (write);
}

static void
on_save_as_response (GtkNativeDialog *dialog,
                     int              response,
                     LadderWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      start_write (self, FALSE, file, LADDER_SAVE_DEFAULT);
    }
  else
    {
      self->close_after_save = FALSE;
    }

  g_object_unref (dialog);
}

static void
save_as (LadderWindow *self)
{
  GtkFileChooserNative *dialog;
  g_autofree char *title = ladder_document_dup_title (self->document);
  g_autofree char *name = g_strconcat (title, LADDER_FILE_SUFFIX, NULL);
  GFile *near = ladder_document_get_file (self->document);

  if (near == NULL)
    near = ladder_document_get_export_file (self->document);

  dialog = gtk_file_chooser_native_new (_("Save Job Family"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (dialog), FALSE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);

  if (near != NULL)
    {
      g_autoptr (GFile) folder = g_file_get_parent (near);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
    }

  g_signal_connect (dialog, "response", G_CALLBACK (on_save_as_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save (LadderWindow *self)
{
  if (ladder_document_get_file (self->document) == NULL)
    save_as (self);
  else
    start_write (self, FALSE, NULL, LADDER_SAVE_DEFAULT);
}

static void
on_save (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  save (LADDER_WINDOW (widget));
}

static void
on_save_as (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  save_as (LADDER_WINDOW (widget));
}

static void
on_export_as_response (GtkNativeDialog *dialog,
                       int              response,
                       LadderWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      start_write (self, TRUE, file, LADDER_SAVE_DEFAULT);
    }

  g_object_unref (dialog);
}

static void
export_as (LadderWindow *self)
{
  GtkFileChooserNative *dialog;
  g_autoptr (GtkFileFilter) pages = gtk_file_filter_new ();
  g_autofree char *title = ladder_document_dup_title (self->document);
  g_autofree char *name = g_strconcat (title, ".md", NULL);
  GFile *current = ladder_document_get_export_file (self->document);

  dialog = gtk_file_chooser_native_new (_("Export Handbook Page"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (pages, _("Handbook pages"));
  gtk_file_filter_add_pattern (pages, "*.md");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), pages);

  if (current != NULL)
    {
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), current, NULL);
    }
  else
    {
      GFile *saved = ladder_document_get_file (self->document);

      g_autofree char *last = self->settings != NULL
                              ? g_settings_get_string (self->settings, "last-export-folder") : NULL;

      /* A handbook page usually goes beside its job family file, or where
       * the last one went. */
      if (saved != NULL)
        {
          g_autoptr (GFile) folder = g_file_get_parent (saved);

          if (folder != NULL)
            gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
        }
      else if (last != NULL && *last != '\0')
        {
          g_autoptr (GFile) folder = g_file_new_for_path (last);

          gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
        }
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
    }

  g_signal_connect (dialog, "response", G_CALLBACK (on_export_as_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Export writes to the page the document was last exported to (or
 * imported from), and asks only the first time. */
static void
on_export (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  GFile *file = ladder_document_get_export_file (self->document);

  if (file == NULL)
    export_as (self);
  else
    start_write (self, TRUE, file, LADDER_SAVE_DEFAULT);
}

static void
on_export_as (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  export_as (LADDER_WINDOW (widget));
}

static void
on_reload_response (AdwMessageDialog *dialog,
                    const char       *response,
                    LadderWindow     *self)
{
  if (g_str_equal (response, "reload"))
    reload (self);
}

static void
on_reload (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  GtkWidget *dialog;

  if (!ladder_document_get_modified (self->document))
    {
      reload (self);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Reload the File?"),
                                   _("Your changes that are not saved will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reload", _("_Reload"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_reload_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_disk_toast_dismissed (LadderWindow *self,
                         AdwToast     *toast)
{
  if (self->disk_toast == toast)
    g_clear_weak_pointer (&self->disk_toast);
}

static void
on_changed_on_disk (LadderWindow *self)
{
  g_autofree char *name = ladder_document_dup_title (self->document);
  g_autofree char *message = NULL;
  AdwToast *toast;

  /* TRANSLATORS: %s is the name of a document */
  message = g_strdup_printf (_("“%s” was changed by another program"), name);
  toast = toast_new (message);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_button_label (toast, _("_Reload"));
  adw_toast_set_action_name (toast, "win.reload");

  if (self->disk_toast != NULL)
    adw_toast_dismiss (self->disk_toast);
  g_set_weak_pointer (&self->disk_toast, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_disk_toast_dismissed), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The page a document was imported from or exported to changed (a `git
 * pull`): a document that is that page offers to read it again; one with a
 * file of its own says that the next export asks first. */
static void
on_export_changed_on_disk (LadderWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (ladder_document_get_file (self->document) == NULL)
    {
      on_changed_on_disk (self);
      return;
    }

  name = g_file_get_basename (ladder_document_get_export_file (self->document));
  /* TRANSLATORS: %s is a file name */
  message = g_strdup_printf (_("“%s” was changed by another program; exporting asks before writing over it"), name);
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_undo (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  ladder_history_undo (history (LADDER_WINDOW (widget)));
}

static void
on_redo (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  ladder_history_redo (history (LADDER_WINDOW (widget)));
}

static void
on_close_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
on_toggle_preview (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  gboolean visible = !gtk_widget_get_visible (GTK_WIDGET (self->preview));

  gtk_widget_set_visible (GTK_WIDGET (self->preview), visible);
  if (visible)
    ladder_preview_update_now (self->preview);

  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, "preview-visible", visible);
}

/* ------------------------------------------------------------------ */
/* Closing                                                              */

static gboolean
close_later (gpointer user_data)
{
  g_autoptr (LadderWindow) self = user_data;

  gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   LadderWindow     *self)
{
  /* The dialog closes itself after this; the window closes once it has. */
  if (g_str_equal (response, "discard"))
    {
      self->close_confirmed = TRUE;
      g_source_set_name_by_id (g_idle_add (close_later, g_object_ref (self)), "ladder: close window");
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      save (self);
    }
}

static void
save_geometry (LadderWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
ladder_window_close_request (GtkWindow *window)
{
  LadderWindow *self = LADDER_WINDOW (window);
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  if (self->close_confirmed || !ladder_document_get_modified (self->document))
    {
      /* Closed on purpose: whatever was not saved was not wanted. */
      ladder_document_discard_draft (self->document);
      save_geometry (self);
      return GTK_WINDOW_CLASS (ladder_window_parent_class)->close_request (window);
    }

  name = ladder_document_dup_title (self->document);
  dialog = adw_message_dialog_new (window, _("Save Changes?"), NULL);
  /* TRANSLATORS: %s is the name of a document */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” has unsaved changes. Changes that are not saved are lost."), name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Recent files and dropped files                                       */

static void
update_recent_menu (LadderWindow *self)
{
  g_autolist (GtkRecentInfo) items = NULL;
  guint added = 0;

  g_menu_remove_all (self->recent_section);
  items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());

  for (GList *l = items; l != NULL && added < 10; l = l->next)
    {
      const char *uri = gtk_recent_info_get_uri (l->data);
      g_autoptr (GMenuItem) item = NULL;

      if (!g_str_has_suffix (uri, LADDER_FILE_SUFFIX) && !g_str_has_suffix (uri, ".md"))
        continue;

      item = g_menu_item_new (gtk_recent_info_get_display_name (l->data), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uri);
      g_menu_append_item (self->recent_section, item);
      added++;
    }
}

static gboolean
on_drop_files (GtkDropTarget *target,
               const GValue  *value,
               double         x,
               double         y,
               LadderWindow  *self)
{
  GSList *files = g_value_get_boxed (value);

  for (GSList *l = files; l != NULL; l = l->next)
    open_file (self, l->data);

  return files != NULL;
}

/* ------------------------------------------------------------------ */

static void
ladder_window_dispose (GObject *object)
{
  LadderWindow *self = (LadderWindow *) object;

  g_signal_handlers_disconnect_by_data (gtk_recent_manager_get_default (), self);
  g_clear_weak_pointer (&self->disk_toast);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->family_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->loading);
  g_clear_object (&self->role_selection);
  g_clear_pointer (&self->deleted_roles, g_hash_table_unref);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_WINDOW);

  G_OBJECT_CLASS (ladder_window_parent_class)->dispose (object);
}

static void
ladder_window_class_init (LadderWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ladder_window_dispose;
  window_class->close_request = ladder_window_close_request;

  g_type_ensure (LADDER_TYPE_FAMILY_EDITOR);
  g_type_ensure (LADDER_TYPE_ROLE_EDITOR);
  g_type_ensure (LADDER_TYPE_PREVIEW);
  g_type_ensure (LADDER_TYPE_IMPORT_BANNER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ladder-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, content);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, family_list);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, family_row);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, family_label);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, role_list);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, family_editor);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, role_editor);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, preview);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, import_banner);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, recent_section);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, on_open);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", on_open_recent);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, on_save);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, on_save_as);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, on_export);
  gtk_widget_class_install_action (widget_class, "win.export-as", NULL, on_export_as);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, on_reload);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, on_undo);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, on_redo);
  gtk_widget_class_install_action (widget_class, "win.add-role", NULL, on_add_role);
  gtk_widget_class_install_action (widget_class, "win.duplicate-role", NULL, on_duplicate_role);
  gtk_widget_class_install_action (widget_class, "win.delete-role", NULL, on_delete_role);
  gtk_widget_class_install_action (widget_class, "win.restore-role", "u", on_restore_role);
  gtk_widget_class_install_action (widget_class, "win.move-role-up", NULL, on_move_role_up);
  gtk_widget_class_install_action (widget_class, "win.move-role-down", NULL, on_move_role_down);
  gtk_widget_class_install_action (widget_class, "win.find-role", NULL, on_find_role);
  gtk_widget_class_install_action (widget_class, "win.toggle-preview", NULL, on_toggle_preview);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, on_close_action);
}

/* Keeps the family's title in the sidebar and the roles' actions current. */
static void
on_family_changed (LadderWindow *self)
{
  update_family_label (self);
  update_actions (self);
}

static void
on_back_clicked (LadderWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
ladder_window_init (LadderWindow *self)
{
  g_autoptr (LadderDocument) document = ladder_document_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkExpression *title = gtk_property_expression_new (LADDER_TYPE_ROLE, NULL, "title");
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));

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
  g_signal_connect_swapped (self->back_button, "clicked", G_CALLBACK (on_back_clicked), self);

  self->document_signals = g_signal_group_new (LADDER_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::modified", G_CALLBACK (update_title), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::title", G_CALLBACK (update_title), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::file", G_CALLBACK (update_title), self);
  g_signal_group_connect_swapped (self->document_signals, "changed-on-disk", G_CALLBACK (on_changed_on_disk), self);
  g_signal_group_connect_swapped (self->document_signals, "export-changed-on-disk",
                                  G_CALLBACK (on_export_changed_on_disk), self);

  self->family_signals = g_signal_group_new (LADDER_TYPE_FAMILY);
  g_signal_group_connect_swapped (self->family_signals, "changed", G_CALLBACK (on_family_changed), self);

  self->history_signals = g_signal_group_new (LADDER_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "notify::can-undo", G_CALLBACK (update_actions), self);
  g_signal_group_connect_swapped (self->history_signals, "notify::can-redo", G_CALLBACK (update_actions), self);

  g_signal_connect_swapped (gtk_recent_manager_get_default (), "changed", G_CALLBACK (update_recent_menu), self);
  update_recent_menu (self);

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_files), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  self->settings = ladder_settings_new ();
  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      gtk_widget_set_visible (GTK_WIDGET (self->preview),
                              g_settings_get_boolean (self->settings, "preview-visible"));
    }

  set_document (self, document);
}

LadderWindow *
ladder_window_new (LadderApplication *application)
{
  return g_object_new (LADDER_TYPE_WINDOW, "application", application, NULL);
}
