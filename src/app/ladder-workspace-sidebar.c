/* ladder-workspace-sidebar.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-workspace-sidebar.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ladder-commit-dialog.h"
#include "ladder-new-family-dialog.h"
#include "ladder-tooltip.h"
#include "ladder-workspace-results.h"
#include "ladder-workspace-row.h"
#include "ladder-workspace-search.h"

/*
 * A handbook checkout in the window's sidebar: its job families grouped by
 * department (each department a row that folds), filled as the workspace
 * is indexed; the search across it (Ctrl+Shift+F) in place of the list
 * while a search is shown; and the handbook's menu: a new family from the
 * template, committing changed pages to a new branch, reloading.
 *
 * The sidebar opens nothing itself: choosing a family or a search result
 * emits ::open with the file and the place in it, and the window opens it,
 * then says which family it shows (ladder_workspace_sidebar_set_current_file()),
 * which the list keeps selected.
 */
struct _LadderWorkspaceSidebar
{
  GtkWidget               parent_instance;
  GtkWidget              *box;
  AdwHeaderBar           *header;
  AdwWindowTitle         *title;
  GtkToggleButton        *search_button;
  GtkSearchBar           *search_bar;
  GtkSearchEntry         *search_entry;
  GtkStack               *stack;
  GtkListView            *family_list;
  LadderWorkspaceResults *results;
  AdwStatusPage          *empty_page;
  GtkRevealer            *status_revealer;
  GtkSpinner             *spinner;
  GtkLabel               *status_label;

  LadderWorkspace  *workspace;
  GSignalGroup     *workspace_signals;
  GSignalGroup     *entries_signals;
  GtkTreeListModel *tree;
  /* The family open in the window, selected in the list. */
  GFile *current_file;
};

G_DEFINE_FINAL_TYPE (LadderWorkspaceSidebar, ladder_workspace_sidebar, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_WORKSPACE,
  PROP_SHOW_END_TITLE_BUTTONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  OPEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* @role_title and @text: what the index read there, so that a family
 * edited since is shown at the same words, not the same numbers. */
static void
emit_open (LadderWorkspaceSidebar *self,
           GFile                  *file,
           int                     role,
           int                     field,
           guint                   position,
           const char             *role_title,
           const char             *text)
{
  g_signal_emit (self, signals[OPEN], 0, file, role, field, position, role_title, text);
}

/* Opens @entry's family, as choosing its row does. */
void
ladder_workspace_sidebar_open_entry (LadderWorkspaceSidebar *self, LadderWorkspaceEntry *entry)
{
  g_return_if_fail (LADDER_IS_WORKSPACE_SIDEBAR (self));
  g_return_if_fail (LADDER_IS_WORKSPACE_ENTRY (entry));

  emit_open (self, ladder_workspace_entry_get_file (entry), -1, -1, 0, NULL, NULL);
}

/* ------------------------------------------------------------------ */
/* What the sidebar shows                                               */

static void
update_title (LadderWorkspaceSidebar *self)
{
  g_autofree char *name = NULL;
  const char      *branch;

  if (self->workspace == NULL)
    {
      adw_window_title_set_title (self->title, _ ("Handbook"));
      adw_window_title_set_subtitle (self->title, "");
      return;
    }

  name = g_file_get_basename (ladder_workspace_get_root (self->workspace));
  adw_window_title_set_title (self->title, name);
  if (!ladder_workspace_get_has_repository (self->workspace)
      && ladder_git_get_unavailable_reason () != NULL)
    {
      g_autofree char *tooltip = g_strdup_printf (
          "%s\n%s", g_file_peek_path (ladder_workspace_get_root (self->workspace)),
          ladder_git_get_unavailable_reason ());

      ladder_tooltip_set_text (GTK_WIDGET (self->title), tooltip);
    }
  else
    ladder_tooltip_set_text (GTK_WIDGET (self->title),
                             g_file_peek_path (ladder_workspace_get_root (self->workspace)));

  branch = ladder_workspace_get_branch (self->workspace);
  if (branch != NULL)
    {
      /* TRANSLATORS: the git branch the handbook checkout is on */
      g_autofree char *on = g_strdup_printf (_ ("On branch %s"), branch);

      adw_window_title_set_subtitle (self->title, on);
    }
  else if (ladder_workspace_get_has_repository (self->workspace))
    adw_window_title_set_subtitle (self->title, _ ("No branch (detached HEAD)"));
  else if (!ladder_workspace_get_indexing (self->workspace)
           && ladder_git_get_unavailable_reason () != NULL)
    /* The git module could not be loaded: whether this is a checkout is
     * not known. The reason is in the tooltip. */
    adw_window_title_set_subtitle (self->title, _ ("Git is not available"));
  else if (!ladder_workspace_get_indexing (self->workspace))
    adw_window_title_set_subtitle (self->title, _ ("Not a git checkout"));
  else
    adw_window_title_set_subtitle (self->title, "");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workspace.commit",
                                 ladder_workspace_get_has_repository (self->workspace));
}

static void
update_state (LadderWorkspaceSidebar *self)
{
  gboolean indexing = self->workspace != NULL && ladder_workspace_get_indexing (self->workspace);
  guint    n_entries = self->workspace != NULL
                           ? g_list_model_get_n_items (ladder_workspace_get_entries (self->workspace))
                           : 0;

  gtk_revealer_set_reveal_child (self->status_revealer, indexing);
  /* An idle sidebar does no work: the spinner turns only while shown. */
  gtk_spinner_set_spinning (self->spinner, indexing);
  if (indexing)
    {
      g_autofree char *status = g_strdup_printf (
          /* TRANSLATORS: shown while the handbook's pages are read */
          ngettext ("Reading the handbook… %u job family", "Reading the handbook… %u job families",
                    n_entries),
          n_entries);

      gtk_label_set_label (self->status_label, status);
    }

  if (gtk_search_bar_get_search_mode (self->search_bar))
    {
      gtk_stack_set_visible_child_name (self->stack, "results");
    }
  else if (n_entries == 0 && !indexing && self->workspace != NULL)
    {
      const GError *error = ladder_workspace_get_error (self->workspace);

      if (error != NULL)
        {
          /* Pango markup; the message may quote a path holding "&" or "<". */
          g_autofree char *escaped = g_markup_escape_text (error->message, -1);

          adw_status_page_set_title (self->empty_page, _ ("The Folder Could Not Be Read"));
          adw_status_page_set_description (self->empty_page, escaped);
        }
      else
        {
          guint            n_other = ladder_workspace_get_n_other_files (self->workspace);
          g_autofree char *description = g_strdup_printf (
              ngettext ("No job-family page was found in this folder, among %u other "
                        "Markdown file.",
                        "No job-family page was found in this folder, among %u other "
                        "Markdown files.",
                        n_other),
              n_other);

          adw_status_page_set_title (self->empty_page, _ ("No Job Families Found"));
          adw_status_page_set_description (self->empty_page, description);
        }
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "families");
    }
}

/* ------------------------------------------------------------------ */
/* The list                                                             */

static GListModel *
create_children (gpointer item, gpointer user_data)
{
  if (!LADDER_IS_WORKSPACE_DEPARTMENT (item))
    return NULL;

  return g_object_ref (ladder_workspace_department_get_entries (item));
}

static void
on_setup (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();

  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), ladder_workspace_row_new ());
  gtk_list_item_set_child (item, expander);
}

static void
on_bind (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkTreeListRow  *row = gtk_list_item_get_item (item);
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (item));
  g_autoptr (GObject) shown = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (expander, row);
  ladder_workspace_row_set_item (LADDER_WORKSPACE_ROW (gtk_tree_expander_get_child (expander)),
                                 shown);
  gtk_list_item_set_selectable (item, LADDER_IS_WORKSPACE_ENTRY (shown));
}

static void
on_unbind (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (item));

  gtk_tree_expander_set_list_row (expander, NULL);
  ladder_workspace_row_set_item (LADDER_WORKSPACE_ROW (gtk_tree_expander_get_child (expander)),
                                 NULL);
}

static void
on_family_activated (GtkListView *list, guint position, LadderWorkspaceSidebar *self)
{
  g_autoptr (GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);
  g_autoptr (GObject) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  if (LADDER_IS_WORKSPACE_ENTRY (item))
    ladder_workspace_sidebar_open_entry (self, LADDER_WORKSPACE_ENTRY (item));
  else if (LADDER_IS_WORKSPACE_DEPARTMENT (item))
    gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
}

/* Whether @entry is the family of @file: its page, or its folder or a
 * page in it. */
static gboolean
entry_has_file (LadderWorkspaceEntry *entry, GFile *file)
{
  GFile *entry_file = ladder_workspace_entry_get_file (entry);

  return g_file_equal (entry_file, file)
         || (ladder_workspace_entry_get_is_folder (entry) && g_file_has_prefix (file, entry_file));
}

/* Selects the row of the family open in the window, once it is listed. */
static void
select_current (LadderWorkspaceSidebar *self)
{
  GtkSingleSelection *selection
      = GTK_SINGLE_SELECTION (gtk_list_view_get_model (self->family_list));
  guint n_rows;
  guint found = GTK_INVALID_LIST_POSITION;

  if (selection == NULL || self->tree == NULL)
    return;

  n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
  for (guint i = 0; i < n_rows && self->current_file != NULL; i++)
    {
      g_autoptr (GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      g_autoptr (GObject) item = gtk_tree_list_row_get_item (row);

      if (LADDER_IS_WORKSPACE_ENTRY (item)
          && entry_has_file (LADDER_WORKSPACE_ENTRY (item), self->current_file))
        {
          found = i;
          break;
        }
    }

  if (gtk_single_selection_get_selected (selection) != found)
    gtk_single_selection_set_selected (selection, found);
}

/**
 * ladder_workspace_sidebar_set_current_file:
 * @self: a sidebar
 * @file: (nullable): the file of the family the window shows
 *
 * Selects that family's row, now or once the workspace lists it.
 */
void
ladder_workspace_sidebar_set_current_file (LadderWorkspaceSidebar *self, GFile *file)
{
  g_return_if_fail (LADDER_IS_WORKSPACE_SIDEBAR (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->current_file == file
      || (self->current_file != NULL && file != NULL && g_file_equal (self->current_file, file)))
    return;

  g_set_object (&self->current_file, file);
  select_current (self);
}

/* ------------------------------------------------------------------ */
/* Searching                                                            */

void
ladder_workspace_sidebar_search (LadderWorkspaceSidebar *self, const char *query)
{
  g_return_if_fail (LADDER_IS_WORKSPACE_SIDEBAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  if (query != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_search_changed (LadderWorkspaceSidebar *self)
{
  ladder_workspace_results_search (self->results,
                                   gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_search_activate (LadderWorkspaceSidebar *self)
{
  ladder_workspace_results_activate_first (self->results);
}

static void
on_match_activated (LadderWorkspaceSidebar *self, LadderWorkspaceMatch *match)
{
  emit_open (self, ladder_workspace_entry_get_file (ladder_workspace_match_get_entry (match)),
             ladder_workspace_match_get_role (match), ladder_workspace_match_get_field (match),
             ladder_workspace_match_get_position (match),
             ladder_workspace_match_get_role_title (match),
             ladder_workspace_match_get_text (match));
}

/* ------------------------------------------------------------------ */
/* The handbook's menu                                                  */

static void
on_family_created (LadderWorkspaceSidebar *self, GFile *file)
{
  emit_open (self, file, -1, -1, 0, NULL, NULL);
}

static void
on_new_family (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWorkspaceSidebar *self = LADDER_WORKSPACE_SIDEBAR (widget);
  GtkWidget              *dialog;

  if (self->workspace == NULL)
    return;

  dialog
      = ladder_new_family_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->workspace);
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_family_created), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_commit (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWorkspaceSidebar *self = LADDER_WORKSPACE_SIDEBAR (widget);
  GtkWidget              *dialog;

  if (self->workspace == NULL)
    return;

  dialog = ladder_commit_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->workspace);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_reload (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWorkspaceSidebar *self = LADDER_WORKSPACE_SIDEBAR (widget);

  if (self->workspace != NULL)
    ladder_workspace_refresh (self->workspace);
}

static void
on_search_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ladder_workspace_sidebar_search (LADDER_WORKSPACE_SIDEBAR (widget), NULL);
}

/* ------------------------------------------------------------------ */

LadderWorkspace *
ladder_workspace_sidebar_get_workspace (LadderWorkspaceSidebar *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_SIDEBAR (self), NULL);

  return self->workspace;
}

void
ladder_workspace_sidebar_set_workspace (LadderWorkspaceSidebar *self, LadderWorkspace *workspace)
{
  g_autoptr (GtkTreeListModel) tree = NULL;
  g_autoptr (GtkSingleSelection) selection = NULL;

  g_return_if_fail (LADDER_IS_WORKSPACE_SIDEBAR (self));
  g_return_if_fail (workspace == NULL || LADDER_IS_WORKSPACE (workspace));

  if (!g_set_object (&self->workspace, workspace))
    return;

  g_signal_group_set_target (self->workspace_signals, workspace);
  g_signal_group_set_target (self->entries_signals,
                             workspace != NULL ? ladder_workspace_get_entries (workspace) : NULL);

  if (workspace != NULL)
    {
      tree = gtk_tree_list_model_new (g_object_ref (ladder_workspace_get_departments (workspace)),
                                      FALSE, TRUE, create_children, NULL, NULL);
      selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (tree)));
      gtk_single_selection_set_autoselect (selection, FALSE);
      gtk_single_selection_set_can_unselect (selection, TRUE);
    }
  if (self->tree != NULL)
    g_signal_handlers_disconnect_by_func (self->tree, select_current, self);
  g_set_object (&self->tree, tree);
  if (tree != NULL)
    g_signal_connect_object (tree, "items-changed", G_CALLBACK (select_current), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_list_view_set_model (self->family_list, GTK_SELECTION_MODEL (selection));
  select_current (self);

  ladder_workspace_results_set_workspace (self->results, workspace);
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workspace.new-family", workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workspace.reload", workspace != NULL);
  update_title (self);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

GtkListView *
ladder_workspace_sidebar_get_list (LadderWorkspaceSidebar *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_SIDEBAR (self), NULL);

  return self->family_list;
}

GtkWidget *
ladder_workspace_sidebar_get_results (LadderWorkspaceSidebar *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_SIDEBAR (self), NULL);

  return GTK_WIDGET (self->results);
}

static void
ladder_workspace_sidebar_dispose (GObject *object)
{
  LadderWorkspaceSidebar *self = (LadderWorkspaceSidebar *) object;

  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->entries_signals);
  g_clear_object (&self->workspace);
  if (self->tree != NULL)
    g_signal_handlers_disconnect_by_func (self->tree, select_current, self);
  g_clear_object (&self->tree);
  g_clear_object (&self->current_file);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_WORKSPACE_SIDEBAR);

  G_OBJECT_CLASS (ladder_workspace_sidebar_parent_class)->dispose (object);
}

static void
ladder_workspace_sidebar_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  LadderWorkspaceSidebar *self = LADDER_WORKSPACE_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;
    case PROP_SHOW_END_TITLE_BUTTONS:
      g_value_set_boolean (value, adw_header_bar_get_show_end_title_buttons (self->header));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_workspace_sidebar_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  LadderWorkspaceSidebar *self = LADDER_WORKSPACE_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      ladder_workspace_sidebar_set_workspace (self, g_value_get_object (value));
      break;
    case PROP_SHOW_END_TITLE_BUTTONS:
      if (adw_header_bar_get_show_end_title_buttons (self->header) != g_value_get_boolean (value))
        {
          adw_header_bar_set_show_end_title_buttons (self->header, g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_workspace_sidebar_class_init (LadderWorkspaceSidebarClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_workspace_sidebar_dispose;
  object_class->get_property = ladder_workspace_sidebar_get_property;
  object_class->set_property = ladder_workspace_sidebar_set_property;

  properties[PROP_WORKSPACE]
      = g_param_spec_object ("workspace", NULL, NULL, LADDER_TYPE_WORKSPACE,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_END_TITLE_BUTTONS]
      = g_param_spec_boolean ("show-end-title-buttons", NULL, NULL, TRUE,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadderWorkspaceSidebar::open:
   * @self: the sidebar
   * @file: the family's page, or its folder
   * @role: the role to show, or -1 for the family's own page
   * @field: the #LadderWorkspaceField to show, or -1
   * @position: the bullet's or section's position in @field
   *
   * A family was chosen, from the list, a search result or a new page.
   */
  signals[OPEN] = g_signal_new ("open", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                NULL, G_TYPE_NONE, 6, G_TYPE_FILE, G_TYPE_INT, G_TYPE_INT,
                                G_TYPE_UINT, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "workspace.new-family", NULL, on_new_family);
  gtk_widget_class_install_action (widget_class, "workspace.commit", NULL, on_commit);
  gtk_widget_class_install_action (widget_class, "workspace.reload", NULL, on_reload);
  gtk_widget_class_install_action (widget_class, "workspace.search", NULL, on_search_action);

  g_type_ensure (LADDER_TYPE_WORKSPACE_RESULTS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ladder-workspace-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceSidebar, box);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceSidebar, header);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceSidebar, title);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceSidebar, search_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceSidebar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceSidebar, family_list);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceSidebar, results);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceSidebar, empty_page);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceSidebar, status_revealer);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceSidebar, spinner);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceSidebar, status_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ladder_workspace_sidebar_init (LadderWorkspaceSidebar *self)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind), self);
  gtk_list_view_set_factory (self->family_list, factory);
  g_signal_connect (self->family_list, "activate", G_CALLBACK (on_family_activated), self);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_object_bind_property (self->search_button, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self->search_bar, "notify::search-mode-enabled",
                            G_CALLBACK (update_state), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed),
                            self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (on_search_activate), self);
  g_signal_connect_swapped (self->results, "match-activated", G_CALLBACK (on_match_activated),
                            self);

  self->workspace_signals = g_signal_group_new (LADDER_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "notify::branch",
                                  G_CALLBACK (update_title), self);
  g_signal_group_connect_swapped (self->workspace_signals, "notify::has-repository",
                                  G_CALLBACK (update_title), self);
  g_signal_group_connect_swapped (self->workspace_signals, "notify::indexing",
                                  G_CALLBACK (update_title), self);
  g_signal_group_connect_swapped (self->workspace_signals, "notify::indexing",
                                  G_CALLBACK (update_state), self);
  g_signal_group_connect_swapped (self->workspace_signals, "notify::error",
                                  G_CALLBACK (update_state), self);
  g_signal_group_connect_swapped (self->workspace_signals, "notify::n-other-files",
                                  G_CALLBACK (update_state), self);

  self->entries_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->entries_signals, "items-changed", G_CALLBACK (update_state),
                                  self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workspace.new-family", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workspace.commit", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workspace.reload", FALSE);
  update_title (self);
}

GtkWidget *
ladder_workspace_sidebar_new (void)
{
  return g_object_new (LADDER_TYPE_WORKSPACE_SIDEBAR, NULL);
}
