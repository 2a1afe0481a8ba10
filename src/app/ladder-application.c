/* ladder-application.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-application.h"

#include <glib/gi18n.h>

#include "ladder-a11y.h"
#include "ladder-family-folder.h"
#include "ladder-markdown-view.h"
#include "ladder-row-labels.h"
#include "ladder-settings.h"
#include "ladder-window.h"

struct _LadderApplication
{
  AdwApplication parent_instance;
  GPtrArray     *drafts;
  gboolean       drafts_offered;
  /* The question about the draft offered now, while it is asked. */
  GtkWidget *draft_dialog;
  /* LadderPreload: the files of the command line, read while GTK starts */
  GPtrArray *preloads;
};

G_DEFINE_FINAL_TYPE (LadderApplication, ladder_application, ADW_TYPE_APPLICATION)

LadderApplication *
ladder_application_new (void)
{
  return g_object_new (LADDER_TYPE_APPLICATION, "application-id", APPLICATION_ID, "flags",
                       G_APPLICATION_HANDLES_OPEN, "resource-base-path", RESOURCE_PATH, NULL);
}

static LadderWindow *
find_window_for (LadderApplication *self, GFile *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (LADDER_IS_WINDOW (l->data) && ladder_window_shows_file (l->data, file))
        return l->data;
    }

  return NULL;
}

/**
 * ladder_application_preload:
 * @file: a document the application is about to open
 *
 * Starts reading @file on a worker thread: the window that
 * ladder_application_open_file() makes for it takes what was read (once)
 * instead of reading it again.
 */
void
ladder_application_preload (LadderApplication *self, GFile *file)
{
  g_return_if_fail (LADDER_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  g_ptr_array_add (self->preloads, ladder_preload_start (file));
}

static LadderPreload *
take_preload (LadderApplication *self, GFile *file)
{
  for (guint i = 0; self->preloads != NULL && i < self->preloads->len; i++)
    if (ladder_preload_is_for (g_ptr_array_index (self->preloads, i), file))
      return g_ptr_array_steal_index (self->preloads, i);

  return NULL;
}

/* One window per document: a file already open comes to the front. A
 * window made for a file shows once the file is read: one that cannot be
 * read gets a dialog, not an empty window. */
GtkWindow *
ladder_application_open_file (LadderApplication *self, GFile *file)
{
  g_autoptr (LadderPreload) preload = NULL;
  LadderWindow *window;

  g_return_val_if_fail (LADDER_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  preload = take_preload (self, file);
  window = find_window_for (self, file);
  if (window == NULL)
    {
      window = ladder_window_new (self);
      if (preload != NULL)
        ladder_window_load_preloaded (window, file, g_steal_pointer (&preload));
      else
        ladder_window_load (window, file);
      return GTK_WINDOW (window);
    }

  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

/**
 * ladder_application_open_workspace:
 * @self: the application
 * @folder: a handbook checkout, or any folder of pages
 *
 * Shows @folder's job families in a window's sidebar: the window that
 * shows them already, else the active window if it holds nothing yet, else
 * a new window. The folder is indexed in a worker thread and watched for
 * changes while it is open, and remembered as the last handbook opened.
 *
 * Returns: (transfer none): the window
 */
GtkWindow *
ladder_application_open_workspace (LadderApplication *self, GFile *folder)
{
  g_autoptr (LadderWorkspace) workspace = NULL;
  g_autoptr (GSettings) settings = NULL;
  GtkWindow    *active;
  LadderWindow *window = NULL;

  g_return_val_if_fail (LADDER_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL && window == NULL;
       l = l->next)
    {
      LadderWorkspace *shown
          = LADDER_IS_WINDOW (l->data) ? ladder_window_get_workspace (l->data) : NULL;

      if (shown != NULL && g_file_equal (ladder_workspace_get_root (shown), folder))
        window = l->data;
    }

  if (window != NULL)
    {
      ladder_window_show_handbook (window);
      gtk_window_present (GTK_WINDOW (window));
      return GTK_WINDOW (window);
    }

  active = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (LADDER_IS_WINDOW (active) && ladder_window_is_pristine (LADDER_WINDOW (active))
      && ladder_window_get_workspace (LADDER_WINDOW (active)) == NULL)
    window = LADDER_WINDOW (active);
  else
    window = ladder_window_new (self);

  workspace = ladder_workspace_new (folder);
  ladder_workspace_set_watching (workspace, TRUE);
  ladder_workspace_index_async (workspace, NULL, NULL, NULL);
  ladder_window_set_workspace (window, workspace);
  gtk_window_present (GTK_WINDOW (window));

  settings = ladder_settings_new ();
  if (settings != NULL && g_file_peek_path (folder) != NULL)
    g_settings_set_string (settings, "last-workspace", g_file_peek_path (folder));

  return GTK_WINDOW (window);
}

/* Whether a folder is a family kept as a folder (its `_index.md` and a
 * page per level), read as the document would read it. */
static void
find_family_folder (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GFile *folder = source;
  g_autoptr (GFile) index = g_file_get_child (folder, LADDER_FAMILY_FOLDER_INDEX);
  g_autoptr (LadderFamilyFolder) family = NULL;

  if (g_file_query_exists (index, cancellable))
    family = ladder_family_folder_read (folder, cancellable, NULL);

  g_task_return_boolean (task, family != NULL);
}

static void
on_folder_kind (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LadderApplication) self = user_data;

  if (g_task_propagate_boolean (G_TASK (result), NULL))
    ladder_application_open_file (self, G_FILE (source));
  else
    ladder_application_open_workspace (self, G_FILE (source));

  g_application_release (G_APPLICATION (self));
}

/* What the command line names: a family folder is a document, another
 * folder a handbook, anything else a document. Asked off the main thread;
 * the application waits for it. (A family folder opened as a handbook
 * showed each of its levels as a family of one role.) */
static void
on_file_type (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LadderApplication) self = user_data;
  g_autoptr (GFileInfo) info = g_file_query_info_finish (G_FILE (source), result, NULL);

  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_autoptr (GTask) task = g_task_new (source, NULL, on_folder_kind, g_steal_pointer (&self));

      g_task_run_in_thread (task, find_family_folder);
      return;
    }

  ladder_application_open_file (self, G_FILE (source));
  g_application_release (G_APPLICATION (self));
}

static void
open_any (LadderApplication *self, GFile *file)
{
  g_application_hold (G_APPLICATION (self));
  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, NULL, on_file_type, g_object_ref (self));
}

/* The handbook last opened, if it is still there, opens again with a
 * window that shows nothing else. */
static void
on_last_workspace_type (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LadderApplication) self = user_data;
  g_autoptr (GFileInfo) info = g_file_query_info_finish (G_FILE (source), result, NULL);
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY
      && LADDER_IS_WINDOW (active) && ladder_window_is_pristine (LADDER_WINDOW (active))
      && ladder_window_get_workspace (LADDER_WINDOW (active)) == NULL)
    ladder_application_open_workspace (self, G_FILE (source));

  g_application_release (G_APPLICATION (self));
}

static void
reopen_last_workspace (LadderApplication *self)
{
  g_autoptr (GSettings) settings = ladder_settings_new ();
  g_autofree char *last
      = settings != NULL ? g_settings_get_string (settings, "last-workspace") : NULL;
  g_autoptr (GFile) folder = NULL;

  if (last == NULL || *last == '\0')
    return;

  folder = g_file_new_for_path (last);
  g_application_hold (G_APPLICATION (self));
  g_file_query_info_async (folder, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, NULL, on_last_workspace_type, g_object_ref (self));
}

static void offer_next_draft (LadderApplication *self);

/* The window that takes a draft restored: the one showing (or reading) its
 * file while it has no changes of its own, so that a page named on the
 * command line and restored is one window; else the active window if it
 * holds nothing yet; else a new one. */
static LadderWindow *
window_for_draft (LadderApplication *self, LadderDraft *draft)
{
  GtkWindow    *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  LadderWindow *showing = draft->file != NULL ? find_window_for (self, draft->file) : NULL;

  if (showing != NULL && !ladder_document_get_modified (ladder_window_get_document (showing)))
    return showing;

  if (LADDER_IS_WINDOW (active) && ladder_window_is_pristine (LADDER_WINDOW (active)))
    return LADDER_WINDOW (active);

  return ladder_window_new (self);
}

static void
on_draft_response (AdwMessageDialog *dialog, const char *response, LadderApplication *self)
{
  LadderDraft *draft = g_object_get_data (G_OBJECT (dialog), "ladder-draft");

  g_clear_weak_pointer (&self->draft_dialog);

  /* A window showing the draft's file takes it in place; a new window
   * shows once the draft is read. */
  if (g_str_equal (response, "restore"))
    ladder_window_restore_draft (window_for_draft (self, draft), draft);
  else if (g_str_equal (response, "discard"))
    ladder_drafts_remove (draft->id);

  offer_next_draft (self);
}

/* The window a draft's question belongs to: the one showing its file, else
 * the active one, else any on screen. NULL while none is on screen yet
 * (the files of the command line are still being read): the question
 * waits, rather than standing alone or behind its window. */
static GtkWindow *
parent_for_draft (LadderApplication *self, LadderDraft *draft)
{
  LadderWindow *showing = draft->file != NULL ? find_window_for (self, draft->file) : NULL;
  GtkWindow    *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (showing != NULL && gtk_widget_get_mapped (GTK_WIDGET (showing)))
    return GTK_WINDOW (showing);

  if (active != NULL && gtk_widget_get_mapped (GTK_WIDGET (active)))
    return active;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (LADDER_IS_WINDOW (l->data) && gtk_widget_get_mapped (l->data))
      return l->data;

  return NULL;
}

static void
on_window_mapped (GtkWidget *window, LadderApplication *self)
{
  offer_next_draft (self);
}

static void
wait_for_window (LadderApplication *self, GtkWindow *window)
{
  if (LADDER_IS_WINDOW (window))
    g_signal_connect_object (window, "map", G_CALLBACK (on_window_mapped), self, G_CONNECT_AFTER);
}

/* After a crash, each draft left behind is offered back, one at a time,
 * over the window it belongs to. */
static void
offer_next_draft (LadderApplication *self)
{
  GtkWindow   *parent;
  LadderDraft *draft;
  GtkWidget   *dialog;
  const char  *name;

  if (self->draft_dialog != NULL || self->drafts == NULL || self->drafts->len == 0)
    return;

  draft = g_ptr_array_index (self->drafts, 0);
  parent = parent_for_draft (self, draft);
  if (parent == NULL)
    return;

  draft = g_ptr_array_steal_index (self->drafts, 0);
  name = draft->title != NULL && *draft->title != '\0' ? draft->title : _ ("Untitled Job Family");

  dialog = adw_message_dialog_new (parent, _ ("Restore Unsaved Changes?"), NULL);
  /* TRANSLATORS: %s is the name of a document */
  adw_message_dialog_format_body (
      ADW_MESSAGE_DIALOG (dialog),
      _ ("Ladder closed before changes to “%s” were saved. They were kept as a draft."), name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "discard", _ ("_Discard"),
                                    "restore", _ ("_Restore"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_object_set_data_full (G_OBJECT (dialog), "ladder-draft", draft,
                          (GDestroyNotify) ladder_draft_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_draft_response), self);
  self->draft_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->draft_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
offer_drafts (LadderApplication *self)
{
  if (self->drafts_offered)
    return;

  self->drafts_offered = TRUE;
  self->drafts = ladder_drafts_list ();
  if (self->drafts->len == 0)
    return;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    wait_for_window (self, l->data);
  g_signal_connect (self, "window-added", G_CALLBACK (wait_for_window), NULL);
  offer_next_draft (self);
}

static void
ladder_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    {
      window = GTK_WINDOW (ladder_window_new (LADDER_APPLICATION (application)));
      reopen_last_workspace (LADDER_APPLICATION (application));
    }

  gtk_window_present (window);
  offer_drafts (LADDER_APPLICATION (application));
}

/* The files named on the command line start being read now, on a worker
 * thread, while the main thread sets up GTK, its style sheets and the
 * window: a large family is then read by the time the window is built. A
 * folder is a handbook, indexed once its window is there. Options are
 * GApplication's, none of which takes a value. */
static gboolean
ladder_application_local_command_line (GApplication *application,
                                       char       ***arguments,
                                       int          *exit_status)
{
  LadderApplication *self = LADDER_APPLICATION (application);
  char             **argv = *arguments;
  gboolean           after_options = FALSE;

  for (int i = 1; argv[i] != NULL; i++)
    {
      g_autoptr (GFile) file = NULL;

      if (!after_options && argv[i][0] == '-')
        {
          after_options = g_str_equal (argv[i], "--");
          continue;
        }

      file = g_file_new_for_commandline_arg (argv[i]);
      if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_REGULAR)
        ladder_application_preload (self, file);
    }

  return G_APPLICATION_CLASS (ladder_application_parent_class)
      ->local_command_line (application, arguments, exit_status);
}

static void
ladder_application_open (GApplication *application, GFile **files, int n_files, const char *hint)
{
  for (int i = 0; i < n_files; i++)
    open_any (LADDER_APPLICATION (application), files[i]);

  offer_drafts (LADDER_APPLICATION (application));
}

static void
on_new_window (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  gtk_window_present (GTK_WINDOW (ladder_window_new (user_data)));
}

static void
on_quit (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Each window asks about its unsaved changes before it goes. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  g_list_free (windows);
}

static void
on_about (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  const char *developers[] = { _ ("The Ladder authors"), NULL };
  GtkWindow  *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWidget  *about;

  about = g_object_new (
      ADW_TYPE_ABOUT_WINDOW, "transient-for", parent, "application-name", _ ("Ladder"),
      "application-icon", APPLICATION_ID, "developer-name", _ ("The Ladder authors"), "version",
      PACKAGE_VERSION, "website", "https://gitlab.com/jobladder/ladder", "issue-url",
      "https://gitlab.com/jobladder/ladder/-/issues", "comments",
      _ ("Edit job families as structured documents and publish them as handbook pages."),
      "license-type", GTK_LICENSE_GPL_3_0, "copyright", _ ("© 2026 The Ladder authors"),
      "developers", developers,
      /* TRANSLATORS: your name and email, one translator a line */
      "translator-credits", _ ("translator-credits"), NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { .name = "new-window", .activate = on_new_window },
  { .name = "quit", .activate = on_quit },
  { .name = "about", .activate = on_about },
};

static void
ladder_application_startup (GApplication *application)
{
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.new-window", { "<Control>n", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.review-changes", { "<Control><Shift>r", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.add-role", { "<Control>plus", "<Control>KP_Add", NULL } },
    { "win.duplicate-role", { "<Control>d", NULL } },
    { "win.toggle-preview", { "<Control><Shift>p", NULL } },
    { "win.toggle-checks", { "<Control><Shift>m", NULL } },
    { "win.find-role", { "<Control>f", NULL } },
    { "win.search-handbook", { "<Control><Shift>f", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };

  G_APPLICATION_CLASS (ladder_application_parent_class)->startup (application);

  ladder_a11y_init ();
  ladder_row_labels_init ();
  ladder_markdown_view_init_schemes ();
  g_set_application_name (_ ("Ladder"));
  gtk_window_set_default_icon_name (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application), accels[i].action,
                                           accels[i].accels);

  /* style.css at the resource base path is loaded by AdwApplication. */
}

/* The keyboard shortcuts window, built when first asked for. GTK would
 * build one for every window as it opens (from gtk/help-overlay.ui under
 * the resource base path), which costs a window's first frame more than
 * the window itself; the file is therefore under another name. */
#define SHORTCUTS_KEY "ladder-shortcuts-window"

static void
show_shortcuts (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GtkWindow *window = user_data;
  GtkWindow *shortcuts = g_object_get_data (G_OBJECT (window), SHORTCUTS_KEY);

  if (shortcuts == NULL)
    {
      g_autoptr (GtkBuilder) builder
          = gtk_builder_new_from_resource (RESOURCE_PATH "/ladder-shortcuts.ui");

      shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_window_set_transient_for (shortcuts, window);
      gtk_window_set_destroy_with_parent (shortcuts, TRUE);
      gtk_window_set_hide_on_close (shortcuts, TRUE);
      g_object_set_data_full (G_OBJECT (window), SHORTCUTS_KEY, g_object_ref (shortcuts),
                              g_object_unref);
    }

  gtk_window_present (shortcuts);
}

static void
ladder_application_window_added (GtkApplication *application, GtkWindow *window)
{
  GTK_APPLICATION_CLASS (ladder_application_parent_class)->window_added (application, window);

  if (GTK_IS_APPLICATION_WINDOW (window))
    {
      g_autoptr (GSimpleAction) action = g_simple_action_new ("show-help-overlay", NULL);

      g_signal_connect_object (action, "activate", G_CALLBACK (show_shortcuts), window, 0);
      g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (action));
    }
}

static void
ladder_application_dispose (GObject *object)
{
  LadderApplication *self = (LadderApplication *) object;

  g_clear_pointer (&self->drafts, g_ptr_array_unref);
  g_clear_pointer (&self->preloads, g_ptr_array_unref);

  G_OBJECT_CLASS (ladder_application_parent_class)->dispose (object);
}

static void
ladder_application_class_init (LadderApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ladder_application_dispose;

  app_class->startup = ladder_application_startup;
  app_class->activate = ladder_application_activate;
  app_class->open = ladder_application_open;
  app_class->local_command_line = ladder_application_local_command_line;
  GTK_APPLICATION_CLASS (klass)->window_added = ladder_application_window_added;
}

static void
ladder_application_init (LadderApplication *self)
{
  self->preloads = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_preload_free);
}
