/* ladder-commit-dialog.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-commit-dialog.h"

#include "ladder-family-folder.h"

#include <glib/gi18n.h>

#include "ladder-git.h"
#include "ladder-window.h"

/*
 * "Commit…": the handbook's changed pages (modified or new), each one to
 * include or leave out, a new branch's name, a message and who the author
 * is (git's own configuration), then one commit of those pages on top of
 * HEAD, on the new branch (ladder_git_commit_pages(): the working tree,
 * the index and the current branch are left alone; nothing outside the
 * handbook is ever committed, and the commit is refused while the index
 * holds staged changes to other files). What git refuses is said in the
 * dialog, in git's terms, and what was typed stays. Pushing is left to the
 * person's own tools: the dialog says how.
 */
struct _LadderCommitDialog
{
  AdwWindow      parent_instance;
  GtkStack      *stack;
  GtkButton     *commit_button;
  GtkButton     *cancel_button;
  AdwActionRow  *author_row;
  AdwEntryRow   *branch_row;
  GtkTextView   *message_view;
  GtkListBox    *pages_list;
  GtkLabel      *unsaved_label;
  GtkLabel      *error_label;
  AdwStatusPage *done_page;

  LadderWorkspace *workspace;
  /* The entries that may be committed (LadderWorkspaceEntry). */
  GListStore   *pages;
  LadderGit    *git;
  GCancellable *cancellable;
  char         *error;
  char         *commit;
  gboolean      committing;
};

G_DEFINE_FINAL_TYPE (LadderCommitDialog, ladder_commit_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_READY,
  PROP_COMMIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkCheckButton *
check_at (LadderCommitDialog *self, guint position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->pages_list, (int) position);

  return row != NULL
             ? GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)))
             : NULL;
}

static gboolean
is_included (LadderCommitDialog *self, guint position)
{
  GtkCheckButton *check = check_at (self, position);

  return check != NULL && gtk_check_button_get_active (check);
}

static char *
dup_message (LadderCommitDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->message_view);
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
show_error (LadderCommitDialog *self, const char *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Pages with unsaved changes in a window: what is committed is the page
 * on disk, and the person should know it. */
static void
update_unsaved (LadderCommitDialog *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr (GString) names = g_string_new (NULL);
  guint n_unsaved = 0;

  if (application == NULL)
    {
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

      application = parent != NULL ? gtk_window_get_application (parent) : NULL;
    }

  for (GList *l = application != NULL ? gtk_application_get_windows (application) : NULL; l != NULL;
       l = l->next)
    {
      LadderDocument *document;

      if (!LADDER_IS_WINDOW (l->data))
        continue;

      document = ladder_window_get_document (l->data);
      for (guint i = 0; ladder_document_get_modified (document)
                        && i < g_list_model_get_n_items (G_LIST_MODEL (self->pages));
           i++)
        {
          g_autoptr (LadderWorkspaceEntry) entry
              = g_list_model_get_item (G_LIST_MODEL (self->pages), i);

          if (is_included (self, i)
              && ladder_window_shows_file (l->data, ladder_workspace_entry_get_file (entry)))
            {
              if (n_unsaved > 0)
                /* TRANSLATORS: between the titles of a list of job families */
                g_string_append (names, _ (", "));
              /* TRANSLATORS: a job family's title in quotes, in a list of them */
              g_string_append_printf (names, _ ("“%s”"), ladder_workspace_entry_get_title (entry));
              n_unsaved++;
            }
        }
    }

  if (n_unsaved > 0)
    {
      /* TRANSLATORS: %s is a list of job families' titles */
      g_autofree char *text
          = g_strdup_printf (ngettext ("%s has unsaved changes: the page is "
                                       "committed as it is on disk, without them.",
                                       "%s have unsaved changes: the pages are "
                                       "committed as they are on disk, without them.",
                                       n_unsaved),
                             names->str);

      gtk_label_set_label (self->unsaved_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->unsaved_label), n_unsaved > 0);
}

static void
update (LadderCommitDialog *self)
{
  g_autofree char *message = dup_message (self);
  g_autofree char *trimmed = g_strstrip (g_strdup (message));
  const char      *branch = gtk_editable_get_text (GTK_EDITABLE (self->branch_row));
  gboolean         any = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->pages)) && !any; i++)
    any = is_included (self, i);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "commit.commit",
                                 self->git != NULL && !self->committing && any && *branch != '\0'
                                     && *trimmed != '\0');
  update_unsaved (self);
}

static void
on_input_changed (LadderCommitDialog *self)
{
  if (!self->committing)
    show_error (self, NULL);
  update (self);
}

static GtkWidget *
create_page_row (gpointer item, gpointer user_data)
{
  LadderCommitDialog   *self = user_data;
  LadderWorkspaceEntry *entry = item;
  GtkWidget            *row = adw_action_row_new ();
  GtkWidget            *check = gtk_check_button_new ();
  GtkWidget            *state
      = gtk_label_new (ladder_workspace_entry_get_git_state (entry) == LADDER_GIT_STATE_NEW
                           /* TRANSLATORS: a page's git state, shown small beside it */
                           ? C_ ("git state", "New")
                           : C_ ("git state", "Modified"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 ladder_workspace_entry_get_title (entry));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), ladder_workspace_entry_get_path (entry));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ladder_workspace_entry_get_title (entry), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_widget_add_css_class (state, "dim-label");
  gtk_widget_add_css_class (state, "caption");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_input_changed), self,
                           G_CONNECT_SWAPPED);

  return row;
}

/* ------------------------------------------------------------------ */
/* Committing                                                           */

static void
on_committed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LadderCommitDialog) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *id = ladder_git_commit_pages_finish (LADDER_GIT (source), result, &error);
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;
  const char      *branch;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->committing = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->stack), TRUE);
  if (id == NULL)
    {
      show_error (self, error->message);
      update (self);
      return;
    }

  branch = gtk_editable_get_text (GTK_EDITABLE (self->branch_row));
  description
      = g_strdup_printf (_ ("The pages are on the new branch “%s” (commit %.10s). The current "
                            "branch and the working tree are as they were.\n\nTo publish the "
                            "branch: git push -u origin %s"),
                         branch, id, branch);
  /* A status page's description is Pango markup; a branch may hold "&". */
  escaped = g_markup_escape_text (description, -1);
  adw_status_page_set_description (self->done_page, escaped);
  gtk_stack_set_visible_child_name (self->stack, "done");
  gtk_button_set_label (self->cancel_button, _ ("_Close"));
  gtk_widget_set_visible (GTK_WIDGET (self->commit_button), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "commit.commit", FALSE);

  self->commit = g_steal_pointer (&id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMIT]);
  ladder_workspace_refresh (self->workspace);
}

/* A family folder's level pages that the last commit has and the folder
 * no longer does (a level deleted and saved): the commit removes them
 * too. It kept them, numbered as before beside the pages renumbered. */
static void
add_removed_levels (LadderCommitDialog *self, GPtrArray *own, GPtrArray *files)
{
  g_autoptr (GFile) folder = NULL;
  g_autoptr (GPtrArray) at_head = NULL;

  for (guint f = 0; f < own->len && folder == NULL; f++)
    {
      g_autofree char *name = g_file_get_basename (g_ptr_array_index (own, f));

      if (g_strcmp0 (name, LADDER_FAMILY_FOLDER_INDEX) == 0)
        folder = g_file_get_parent (g_ptr_array_index (own, f));
    }
  if (folder == NULL)
    return;

  at_head = ladder_git_list_at_head (self->git, folder, NULL);
  for (guint n = 0; at_head != NULL && n < at_head->len; n++)
    {
      const char *name = g_ptr_array_index (at_head, n);
      g_autoptr (GFile) page = NULL;
      gboolean listed = FALSE;

      if (!g_str_has_suffix (name, ".md"))
        continue;
      page = g_file_get_child (folder, name);
      for (guint f = 0; f < files->len && !listed; f++)
        listed = g_file_equal (g_ptr_array_index (files, f), page);
      if (!listed && !g_file_query_exists (page, NULL))
        g_ptr_array_add (files, g_steal_pointer (&page));
    }
}

static void
on_commit (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderCommitDialog *self = LADDER_COMMIT_DIALOG (widget);
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *message = dup_message (self);

  if (self->git == NULL || self->committing)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->pages)); i++)
    {
      g_autoptr (LadderWorkspaceEntry) entry = NULL;
      g_autoptr (GPtrArray) own = NULL;

      if (!is_included (self, i))
        continue;

      entry = g_list_model_get_item (G_LIST_MODEL (self->pages), i);
      own = ladder_workspace_entry_dup_files (entry);
      for (guint f = 0; f < own->len; f++)
        g_ptr_array_add (files, g_object_ref (g_ptr_array_index (own, f)));
      add_removed_levels (self, own, files);
    }

  self->committing = TRUE;
  show_error (self, NULL);
  /* A focused entry made insensitive loses the focus without being told
   * (GTK 4.8), and its cursor keeps blinking: move the focus first. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->stack), FALSE);
  update (self);
  ladder_git_commit_pages_async (self->git, ladder_workspace_get_root (self->workspace),
                                 gtk_editable_get_text (GTK_EDITABLE (self->branch_row)), message,
                                 (GFile *const *) files->pdata, files->len, self->cancellable,
                                 on_committed, g_object_ref (self));
}

/* ------------------------------------------------------------------ */
/* The repository and who commits, found off the main thread            */

typedef struct
{
  LadderGit *git;
  char      *name;
  char      *email;
  GError    *error;
} Opened;

static void
opened_free (Opened *opened)
{
  g_clear_object (&opened->git);
  g_free (opened->name);
  g_free (opened->email);
  g_clear_error (&opened->error);
  g_free (opened);
}

static void
open_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  Opened *opened = g_new0 (Opened, 1);

  opened->git = ladder_git_open (task_data, &opened->error);
  if (opened->git != NULL)
    ladder_git_dup_identity (opened->git, &opened->name, &opened->email, &opened->error);

  g_task_return_pointer (task, opened, (GDestroyNotify) opened_free);
}

static void
on_opened (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LadderCommitDialog) self = user_data;
  Opened *opened = g_task_propagate_pointer (G_TASK (result), NULL);

  if (opened == NULL)
    return;

  if (opened->error != NULL)
    {
      adw_action_row_set_subtitle (self->author_row, opened->error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->author_row), "error");
      show_error (self, opened->error->message);
    }
  else
    {
      g_autofree char *author = g_strdup_printf ("%s <%s>", opened->name, opened->email);

      adw_action_row_set_subtitle (self->author_row, author);
      self->git = g_steal_pointer (&opened->git);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
    }

  opened_free (opened);
  update (self);
}

/* ------------------------------------------------------------------ */

static void
ladder_commit_dialog_dispose (GObject *object)
{
  LadderCommitDialog *self = (LadderCommitDialog *) object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_COMMIT_DIALOG);

  G_OBJECT_CLASS (ladder_commit_dialog_parent_class)->dispose (object);
}

static void
ladder_commit_dialog_finalize (GObject *object)
{
  LadderCommitDialog *self = (LadderCommitDialog *) object;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->workspace);
  g_clear_object (&self->pages);
  g_clear_object (&self->git);
  g_free (self->error);
  g_free (self->commit);

  G_OBJECT_CLASS (ladder_commit_dialog_parent_class)->finalize (object);
}

static void
ladder_commit_dialog_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderCommitDialog *self = LADDER_COMMIT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_READY:
      g_value_set_boolean (value, ladder_commit_dialog_get_ready (self));
      break;
    case PROP_COMMIT:
      g_value_set_string (value, self->commit);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_commit_dialog_class_init (LadderCommitDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_commit_dialog_dispose;
  object_class->finalize = ladder_commit_dialog_finalize;
  object_class->get_property = ladder_commit_dialog_get_property;

  properties[PROP_READY]
      = g_param_spec_boolean ("ready", NULL, NULL, FALSE,
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMMIT]
      = g_param_spec_string ("commit", NULL, NULL, NULL,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "commit.commit", NULL, on_commit);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ladder-commit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderCommitDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, LadderCommitDialog, commit_button);
  gtk_widget_class_bind_template_child (widget_class, LadderCommitDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, LadderCommitDialog, author_row);
  gtk_widget_class_bind_template_child (widget_class, LadderCommitDialog, branch_row);
  gtk_widget_class_bind_template_child (widget_class, LadderCommitDialog, message_view);
  gtk_widget_class_bind_template_child (widget_class, LadderCommitDialog, pages_list);
  gtk_widget_class_bind_template_child (widget_class, LadderCommitDialog, unsaved_label);
  gtk_widget_class_bind_template_child (widget_class, LadderCommitDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, LadderCommitDialog, done_page);
}

static void
ladder_commit_dialog_init (LadderCommitDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->pages = g_list_store_new (LADDER_TYPE_WORKSPACE_ENTRY);
  gtk_list_box_bind_model (self->pages_list, G_LIST_MODEL (self->pages), create_page_row, self,
                           NULL);

  g_signal_connect_swapped (self->branch_row, "changed", G_CALLBACK (on_input_changed), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->message_view), "changed",
                            G_CALLBACK (on_input_changed), self);
  adw_action_row_set_subtitle (self->author_row, _ ("Looking at git’s configuration…"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "commit.commit", FALSE);
}

/* What is offered by default: a branch and a message named after the one
 * family changed, or after how many. They are the handbook's, so they are
 * in English whatever the interface's language. */
static void
fill_defaults (LadderCommitDialog *self)
{
  guint            n = g_list_model_get_n_items (G_LIST_MODEL (self->pages));
  g_autofree char *branch = NULL;
  g_autofree char *message = NULL;

  if (n == 1)
    {
      g_autoptr (LadderWorkspaceEntry) entry
          = g_list_model_get_item (G_LIST_MODEL (self->pages), 0);
      g_autofree char *slug = ladder_template_slug (ladder_workspace_entry_get_title (entry));

      branch = g_strconcat ("update-", *slug != '\0' ? slug : "job-family", NULL);
      message
          = g_strdup_printf ("Update the %s job family", ladder_workspace_entry_get_title (entry));
    }
  else
    {
      branch = g_strdup ("update-job-families");
      message = g_strdup_printf ("Update %u job families", n);
    }

  ladder_commit_dialog_set_values (self, branch, message);
}

GtkWidget *
ladder_commit_dialog_new (GtkWindow *parent, LadderWorkspace *workspace)
{
  LadderCommitDialog *self;
  GListModel         *entries;
  g_autoptr (GTask) task = NULL;

  g_return_val_if_fail (LADDER_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (LADDER_TYPE_COMMIT_DIALOG, "transient-for", parent, NULL);
  self->workspace = g_object_ref (workspace);

  entries = ladder_workspace_get_entries (workspace);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (LadderWorkspaceEntry) entry = g_list_model_get_item (entries, i);
      LadderGitState state = ladder_workspace_entry_get_git_state (entry);

      if ((state == LADDER_GIT_STATE_MODIFIED || state == LADDER_GIT_STATE_NEW)
          && ladder_workspace_entry_get_problem (entry) == NULL)
        g_list_store_append (self->pages, entry);
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (self->pages)) == 0)
    {
      GtkWidget *none = gtk_label_new (_ ("No job-family page has changed since the last commit."));

      gtk_widget_add_css_class (none, "dim-label");
      gtk_list_box_set_placeholder (self->pages_list, none);
    }

  fill_defaults (self);

  task = g_task_new (NULL, self->cancellable, on_opened, g_object_ref (self));
  g_task_set_task_data (task, g_object_ref (ladder_workspace_get_root (workspace)), g_object_unref);
  g_task_run_in_thread (task, open_thread);

  update (self);
  return GTK_WIDGET (self);
}

/* Whether the repository is open and git knows who commits. */
gboolean
ladder_commit_dialog_get_ready (LadderCommitDialog *self)
{
  g_return_val_if_fail (LADDER_IS_COMMIT_DIALOG (self), FALSE);

  return self->git != NULL;
}

/**
 * ladder_commit_dialog_get_pages:
 * @self: the dialog
 *
 * Returns: (transfer none): the #LadderWorkspaceEntry offered, in order
 */
GListModel *
ladder_commit_dialog_get_pages (LadderCommitDialog *self)
{
  g_return_val_if_fail (LADDER_IS_COMMIT_DIALOG (self), NULL);

  return G_LIST_MODEL (self->pages);
}

void
ladder_commit_dialog_set_included (LadderCommitDialog *self, guint position, gboolean included)
{
  GtkCheckButton *check;

  g_return_if_fail (LADDER_IS_COMMIT_DIALOG (self));

  check = check_at (self, position);
  if (check != NULL)
    gtk_check_button_set_active (check, included);
}

void
ladder_commit_dialog_set_values (LadderCommitDialog *self, const char *branch, const char *message)
{
  g_return_if_fail (LADDER_IS_COMMIT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->branch_row), branch);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->message_view), message, -1);
}

/* What git refused, as the dialog shows it; NULL when nothing was. */
const char *
ladder_commit_dialog_get_error (LadderCommitDialog *self)
{
  g_return_val_if_fail (LADDER_IS_COMMIT_DIALOG (self), NULL);

  return self->error;
}

/* The commit made, once made. */
const char *
ladder_commit_dialog_get_commit (LadderCommitDialog *self)
{
  g_return_val_if_fail (LADDER_IS_COMMIT_DIALOG (self), NULL);

  return self->commit;
}
