/* ladder-new-family-dialog.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-new-family-dialog.h"

#include <glib/gi18n.h>

/*
 * "New Job Family": asks for the department (one the handbook has, or a
 * new one) and the family's title, and how levels are named (the current
 * guidelines' "Job Level", or the older "Job Grade"; the choice is
 * remembered for the handbook), shows where the page will be, and makes it
 * from the template (ladder-template.h). A page is never written over: if
 * one is there already, the dialog says so and stays open. Once made, the
 * page is announced with ::created, for the window to open it.
 */
struct _LadderNewFamilyDialog
{
  AdwWindow    parent_instance;
  GtkButton   *create_button;
  AdwComboRow *department_row;
  AdwEntryRow *new_department_row;
  AdwEntryRow *title_row;
  AdwComboRow *wording_row;
  GtkLabel    *path_label;
  GtkLabel    *error_label;

  LadderWorkspace *workspace;
  /* The departments' names, then "New department…". */
  GtkStringList *departments;
  /* Where the handbook keeps families, relative to it, once known. */
  char         *library;
  GCancellable *cancellable;
  /* What the last try to make the page said, if it failed. */
  char    *error;
  gboolean creating;
};

G_DEFINE_FINAL_TYPE (LadderNewFamilyDialog, ladder_new_family_dialog, ADW_TYPE_WINDOW)

enum
{
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_new_department (LadderNewFamilyDialog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->departments));

  return adw_combo_row_get_selected (self->department_row) + 1 >= n;
}

static char *
dup_department (LadderNewFamilyDialog *self)
{
  if (is_new_department (self))
    return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_department_row))));

  return g_strdup (gtk_string_list_get_string (self->departments,
                                               adw_combo_row_get_selected (self->department_row)));
}

static LadderTemplateWording
selected_wording (LadderNewFamilyDialog *self)
{
  return adw_combo_row_get_selected (self->wording_row) == 1 ? LADDER_TEMPLATE_JOB_GRADE
                                                             : LADDER_TEMPLATE_JOB_LEVEL;
}

/**
 * ladder_new_family_dialog_dup_path:
 * @self: the dialog
 *
 * Returns: (transfer full) (nullable): where the page will be, relative to
 *   the handbook; %NULL while the department or the title has no letter or
 *   digit, or the handbook's folder is not known yet
 */
char *
ladder_new_family_dialog_dup_path (LadderNewFamilyDialog *self)
{
  g_autofree char *department = NULL;
  g_autofree char *department_slug = NULL;
  g_autofree char *title_slug = NULL;

  g_return_val_if_fail (LADDER_IS_NEW_FAMILY_DIALOG (self), NULL);

  department = dup_department (self);
  department_slug = ladder_template_slug (department);
  title_slug = ladder_template_slug (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  if (self->library == NULL || *department_slug == '\0' || *title_slug == '\0')
    return NULL;

  return g_strdup_printf ("%s/%s/%s.md", self->library, department_slug, title_slug);
}

static void
update (LadderNewFamilyDialog *self)
{
  g_autofree char *path = ladder_new_family_dialog_dup_path (self);

  gtk_widget_set_visible (GTK_WIDGET (self->new_department_row), is_new_department (self));

  if (path != NULL)
    {
      /* TRANSLATORS: %s is the path, in the handbook, of the page that
       * Create makes: "content/job-description-library/legal/paralegal.md" */
      g_autofree char *where = g_strdup_printf (_ ("Creates the page %s"), path);

      gtk_label_set_label (self->path_label, where);
    }
  else
    {
      gtk_label_set_label (self->path_label,
                           _ ("The department and the title need letters or digits: they name the "
                              "page’s folder and file."));
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-family.create",
                                 path != NULL && !self->creating);
}

static void
show_error (LadderNewFamilyDialog *self, const char *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
on_input_changed (LadderNewFamilyDialog *self)
{
  if (!self->creating)
    show_error (self, NULL);
  update (self);
}

static void
set_creating (LadderNewFamilyDialog *self, gboolean creating)
{
  self->creating = creating;
  /* A focused entry made insensitive loses the focus without being told
   * (GTK 4.8), and its cursor keeps blinking: move the focus first. */
  if (creating)
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->department_row), !creating);
  gtk_widget_set_sensitive (GTK_WIDGET (self->new_department_row), !creating);
  gtk_widget_set_sensitive (GTK_WIDGET (self->title_row), !creating);
  gtk_widget_set_sensitive (GTK_WIDGET (self->wording_row), !creating);
  update (self);
}

static void
on_created (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LadderNewFamilyDialog) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = ladder_template_create_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_creating (self, FALSE);
  if (file == NULL)
    {
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      return;
    }

  ladder_workspace_set_template_wording (self->workspace, selected_wording (self));
  ladder_workspace_refresh (self->workspace);
  g_signal_emit (self, signals[CREATED], 0, file);
  /* The entry that has the focus is told it lost it before it goes. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_create (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderNewFamilyDialog *self = LADDER_NEW_FAMILY_DIALOG (widget);
  g_autofree char       *department = dup_department (self);
  g_autofree char       *title
      = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));

  if (self->creating)
    return;

  show_error (self, NULL);
  set_creating (self, TRUE);
  ladder_template_create_async (ladder_workspace_get_root (self->workspace), department, title,
                                selected_wording (self), self->cancellable, on_created,
                                g_object_ref (self));
}

static void
on_entry_activated (LadderNewFamilyDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "new-family.create", NULL);
}

/* Where the handbook keeps its families: found by the template (today's
 * folder, or the older one where only that exists), off the main thread
 * since it looks at the disk. */
static void
find_library_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GFile *root = task_data;
  g_autoptr (GFile) page = ladder_template_page_file (root, "department", "family", NULL);
  g_autoptr (GFile) folder = page != NULL ? g_file_get_parent (page) : NULL;
  g_autoptr (GFile) library = folder != NULL ? g_file_get_parent (folder) : NULL;
  char *relative = library != NULL ? g_file_get_relative_path (root, library) : NULL;

  g_task_return_pointer (task, relative != NULL ? relative : g_strdup ("."), g_free);
}

static void
on_library_found (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LadderNewFamilyDialog) self = user_data;
  char *library = g_task_propagate_pointer (G_TASK (result), NULL);

  if (library == NULL)
    return;

  g_free (self->library);
  self->library = library;
  update (self);
}

static void
ladder_new_family_dialog_dispose (GObject *object)
{
  LadderNewFamilyDialog *self = (LadderNewFamilyDialog *) object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_NEW_FAMILY_DIALOG);

  G_OBJECT_CLASS (ladder_new_family_dialog_parent_class)->dispose (object);
}

static void
ladder_new_family_dialog_finalize (GObject *object)
{
  LadderNewFamilyDialog *self = (LadderNewFamilyDialog *) object;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->workspace);
  g_clear_object (&self->departments);
  g_free (self->library);
  g_free (self->error);

  G_OBJECT_CLASS (ladder_new_family_dialog_parent_class)->finalize (object);
}

static void
ladder_new_family_dialog_class_init (LadderNewFamilyDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_new_family_dialog_dispose;
  object_class->finalize = ladder_new_family_dialog_finalize;

  /**
   * LadderNewFamilyDialog::created:
   * @self: the dialog
   * @file: the new page
   */
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_install_action (widget_class, "new-family.create", NULL, on_create);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ladder-new-family-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderNewFamilyDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, LadderNewFamilyDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, LadderNewFamilyDialog, new_department_row);
  gtk_widget_class_bind_template_child (widget_class, LadderNewFamilyDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, LadderNewFamilyDialog, wording_row);
  gtk_widget_class_bind_template_child (widget_class, LadderNewFamilyDialog, path_label);
  gtk_widget_class_bind_template_child (widget_class, LadderNewFamilyDialog, error_label);
}

static void
ladder_new_family_dialog_init (LadderNewFamilyDialog *self)
{
  const char *wordings[]
      = { N_ ("Job Level (current guidelines)"), N_ ("Job Grade (older pages)"), NULL };
  g_autoptr (GtkStringList) wording_list = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  for (guint i = 0; wordings[i] != NULL; i++)
    gtk_string_list_append (wording_list, _ (wordings[i]));
  adw_combo_row_set_model (self->wording_row, G_LIST_MODEL (wording_list));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->create_button), "new-family.create");
  g_signal_connect_swapped (self->department_row, "notify::selected", G_CALLBACK (on_input_changed),
                            self);
  g_signal_connect_swapped (self->new_department_row, "changed", G_CALLBACK (on_input_changed),
                            self);
  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (on_input_changed), self);
  g_signal_connect_swapped (self->title_row, "entry-activated", G_CALLBACK (on_entry_activated),
                            self);
  g_signal_connect_swapped (self->new_department_row, "entry-activated",
                            G_CALLBACK (on_entry_activated), self);
}

GtkWidget *
ladder_new_family_dialog_new (GtkWindow *parent, LadderWorkspace *workspace)
{
  LadderNewFamilyDialog *self;
  GListModel            *departments;
  g_autoptr (GTask) task = NULL;

  g_return_val_if_fail (LADDER_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (LADDER_TYPE_NEW_FAMILY_DIALOG, "transient-for", parent, NULL);
  self->workspace = g_object_ref (workspace);

  self->departments = gtk_string_list_new (NULL);
  departments = ladder_workspace_get_departments (workspace);
  for (guint i = 0; i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr (LadderWorkspaceDepartment) department = g_list_model_get_item (departments, i);

      gtk_string_list_append (self->departments, ladder_workspace_department_get_name (department));
    }
  gtk_string_list_append (self->departments, _ ("New department…"));
  adw_combo_row_set_model (self->department_row, G_LIST_MODEL (self->departments));
  adw_combo_row_set_selected (self->wording_row, ladder_workspace_get_template_wording (workspace)
                                                     == LADDER_TEMPLATE_JOB_GRADE);

  task = g_task_new (NULL, self->cancellable, on_library_found, g_object_ref (self));
  g_task_set_task_data (task, g_object_ref (ladder_workspace_get_root (workspace)), g_object_unref);
  g_task_run_in_thread (task, find_library_thread);

  update (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return GTK_WIDGET (self);
}

/**
 * ladder_new_family_dialog_set_values:
 * @self: the dialog
 * @department: a department's name: one of the list, or a new one
 * @title: the family's title
 * @wording: how levels are named
 *
 * Fills the dialog in, as a person would.
 */
void
ladder_new_family_dialog_set_values (LadderNewFamilyDialog *self,
                                     const char            *department,
                                     const char            *title,
                                     LadderTemplateWording  wording)
{
  guint n;
  guint found;

  g_return_if_fail (LADDER_IS_NEW_FAMILY_DIALOG (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->departments));
  found = n - 1;
  for (guint i = 0; i + 1 < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->departments, i), department) == 0)
      found = i;

  adw_combo_row_set_selected (self->department_row, found);
  if (found == n - 1)
    gtk_editable_set_text (GTK_EDITABLE (self->new_department_row), department);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
  adw_combo_row_set_selected (self->wording_row, wording == LADDER_TEMPLATE_JOB_GRADE);
}

/* Why the page could not be made, as the dialog says it; NULL when it was
 * not tried or it worked. */
const char *
ladder_new_family_dialog_get_error (LadderNewFamilyDialog *self)
{
  g_return_val_if_fail (LADDER_IS_NEW_FAMILY_DIALOG (self), NULL);

  return self->error;
}
