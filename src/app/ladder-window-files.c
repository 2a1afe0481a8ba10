/* ladder-window-files.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-window-private.h"

#include <glib/gi18n.h>

#include "ladder-error.h"
#include "ladder-json.h"

/*
 * What the window reads: files opened from the dialog, the recent files
 * menu or a drop, and restored drafts. A window with a new, untouched
 * document takes the file; otherwise it gets a window of its own.
 */

/* Whether the window shows @file: its document's file, one of its family
 * folder's pages, the page it was exported to, or a file it is reading. */
gboolean
ladder_window_shows_file (LadderWindow *self, GFile *file)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), FALSE);

  if (self->loading != NULL && g_file_equal (self->loading, file))
    return TRUE;

  return ladder_document_has_file (self->document, file);
}

/* The document's file, where the recent files menu finds it again: a
 * family folder by its _index.md. */
void
_ladder_window_add_to_recent (LadderDocument *document)
{
  GFile *file = ladder_document_get_file (document);
  g_autoptr (GFile) index = NULL;
  g_autofree char *uri = NULL;

  if (file == NULL)
    return;

  if (ladder_document_get_kind (document) == LADDER_DOCUMENT_FOLDER)
    file = index = g_file_get_child (file, LADDER_FAMILY_FOLDER_INDEX);

  uri = g_file_get_uri (file);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

/* Why a file could not be opened, in a few plain words; the message with
 * its FILE:LINE:COLUMN goes below them, for whoever wants it. */
static const char *
plain_reason (const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return _ ("the file does not exist");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return _ ("Ladder is not allowed to read it");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    return _ ("it is a folder, not a file");
  if (g_error_matches (error, LADDER_ERROR, LADDER_ERROR_SYNTAX))
    return _ ("the file is damaged or not complete");
  if (g_error_matches (error, LADDER_ERROR, LADDER_ERROR_INVALID))
    return _ ("the file holds values that a job family cannot have");
  if (g_error_matches (error, LADDER_ERROR, LADDER_ERROR_NEWER_VERSION))
    return _ ("it was written by a newer version of Ladder");
  if (g_error_matches (error, LADDER_ERROR, LADDER_ERROR_NOT_A_FAMILY))
    return _ ("it is not a job family");
  if (g_error_matches (error, LADDER_ERROR, LADDER_ERROR_TOO_LARGE))
    return _ ("the file is larger than Ladder reads");

  return _ ("the file could not be read");
}

/* Says in a dialog, in a plain sentence, that @file could not be opened,
 * with the exact message (FILE:LINE:COLUMN: error: …) behind "Details".
 * The dialog keeps the application running while it is shown. */
static void
show_open_error (GtkWindow *parent, GtkApplication *application, GFile *file, const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *body = NULL;
  GtkWidget       *dialog;
  GtkWidget       *expander;
  GtkWidget       *details;

  /* TRANSLATORS: the first %s is a file name, the second why it could not
   * be opened, such as "the file is damaged or not complete" */
  body = g_strdup_printf (_ ("Could not open “%s”: %s."), name, plain_reason (error));
  dialog = adw_message_dialog_new (parent, _ ("Could Not Open File"), body);
  if (application != NULL)
    gtk_window_set_application (GTK_WINDOW (dialog), application);
  gtk_window_set_modal (GTK_WINDOW (dialog), parent != NULL);

  details = gtk_label_new (error->message);
  gtk_label_set_wrap (GTK_LABEL (details), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (details), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (details), TRUE);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_widget_add_css_class (details, "monospace");
  gtk_widget_set_margin_top (details, 6);
  expander = gtk_expander_new_with_mnemonic (_ ("_Details"));
  /* GTK 4.8 names an expander after its type, not its label. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Details"), -1);
  gtk_expander_set_child (GTK_EXPANDER (expander), details);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), expander);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Another of the application's windows, for a dialog to belong to. */
static GtkWindow *
other_window (LadderWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  for (GList *l = application != NULL ? gtk_application_get_windows (application) : NULL; l != NULL;
       l = l->next)
    if (l->data != self && LADDER_IS_WINDOW (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

/* A file that could not be opened: a window made for it alone (never
 * shown) goes, and the dialog belongs to another one, if any; a window
 * that was already there stays as it was. */
static void
on_load_failed (LadderWindow *self, GFile *file, const GError *error)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    {
      show_open_error (GTK_WINDOW (self), application, file, error);
      return;
    }

  show_open_error (other_window (self), application, file, error);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* A file (or a draft) being read into a window. */
typedef struct
{
  LadderWindow *window;
  GFile        *file;
  guint64       serial;
} Loading;

static Loading *
loading_new (LadderWindow *window, GFile *file)
{
  Loading *loading = g_new0 (Loading, 1);

  loading->window = g_object_ref (window);
  loading->file = g_object_ref (file);
  loading->serial = ++window->load_serial;
  return loading;
}

static void
loading_free (Loading *loading)
{
  g_object_unref (loading->window);
  g_object_unref (loading->file);
  g_free (loading);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loading, loading_free)

static void
on_loaded (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (Loading) loading = user_data;
  LadderWindow   *self = loading->window;
  LadderDocument *document = LADDER_DOCUMENT (object);
  g_autoptr (GError) error = NULL;

  if (--self->n_loading == 0)
    g_clear_object (&self->loading);

  /* A reading asked for later (a draft restored into the window that was
   * reading its file) is what the window shows, whichever ends first. */
  if (loading->serial != self->load_serial)
    return;

  if (!ladder_document_load_finish (document, result, &error))
    {
      on_load_failed (self, loading->file, error);
      return;
    }

  _ladder_window_set_document (self, document);
  gtk_window_present (GTK_WINDOW (self));
  _ladder_window_add_to_recent (document);
  _ladder_window_workspace_loaded (self);

  if (g_getenv ("LADDER_BENCH") != NULL)
    ladder_window_start_benchmark (self);
}

void
ladder_window_load (LadderWindow *self, GFile *file)
{
  g_autoptr (LadderDocument) document = ladder_document_new ();

  g_return_if_fail (LADDER_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  self->n_loading++;
  g_set_object (&self->loading, file);
  ladder_document_load_async (document, file, NULL, on_loaded, loading_new (self, file));
}

/* As ladder_window_load(), with the file's reading started earlier, while
 * the application was starting (ladder-preload.c). */
void
ladder_window_load_preloaded (LadderWindow *self, GFile *file, LadderPreload *preload)
{
  g_return_if_fail (LADDER_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (preload != NULL && ladder_preload_is_for (preload, file));

  self->n_loading++;
  g_set_object (&self->loading, file);
  ladder_preload_deliver (preload, on_loaded, loading_new (self, file));
}

void
ladder_window_restore_draft (LadderWindow *self, LadderDraft *draft)
{
  g_autoptr (LadderDocument) document = ladder_document_new ();
  g_autoptr (GFile) file = NULL;

  g_return_if_fail (LADDER_IS_WINDOW (self));
  g_return_if_fail (draft != NULL);

  file = g_file_new_for_path (draft->family_path);
  self->n_loading++;
  if (draft->file != NULL)
    g_set_object (&self->loading, draft->file);
  ladder_document_load_draft_async (document, draft, NULL, on_loaded, loading_new (self, file));
}

/* A window showing a new, untouched document can take a file opened, unless
 * it is already reading one: files opened together each get a window. */
gboolean
ladder_window_is_pristine (LadderWindow *self)
{
  return self->n_loading == 0 && ladder_document_get_file (self->document) == NULL
         && ladder_document_get_export_file (self->document) == NULL
         && !ladder_document_get_modified (self->document);
}

/**
 * ladder_window_open_file:
 * @file: a Ladder file, a handbook page, or a family folder (or its
 *   `_index.md`)
 *
 * Opens @file as a person would from this window: in this window if it
 * shows a new, untouched document, else in the window that shows it
 * already, else in a new window.
 *
 * Returns: (transfer none): the window that shows (or reads) @file
 */
LadderWindow *
ladder_window_open_file (LadderWindow *self, GFile *file)
{
  GtkApplication *application;

  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  application = gtk_window_get_application (GTK_WINDOW (self));
  if (ladder_window_is_pristine (self) || application == NULL)
    {
      ladder_window_load (self, file);
      return self;
    }

  return LADDER_WINDOW (ladder_application_open_file (LADDER_APPLICATION (application), file));
}

static void
open_file (LadderWindow *self, GFile *file)
{
  ladder_window_open_file (self, file);
}

void
_ladder_window_add_filters (GtkFileChooser *chooser, gboolean pages_too)
{
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) families = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) pages = gtk_file_filter_new ();

  gtk_file_filter_set_name (families, _ ("Job families"));
  gtk_file_filter_add_pattern (families, "*" LADDER_FILE_SUFFIX);
  gtk_file_filter_set_name (pages, _ ("Handbook pages"));
  gtk_file_filter_add_pattern (pages, "*.md");
  gtk_file_filter_set_name (all, _ ("All job families and pages"));
  gtk_file_filter_add_pattern (all, "*" LADDER_FILE_SUFFIX);
  gtk_file_filter_add_pattern (all, "*.md");

  if (pages_too)
    gtk_file_chooser_add_filter (chooser, all);
  gtk_file_chooser_add_filter (chooser, families);
  if (pages_too)
    gtk_file_chooser_add_filter (chooser, pages);
}

static void
on_open_response (GtkNativeDialog *dialog, int response, LadderWindow *self)
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
on_open (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWindow         *self = LADDER_WINDOW (widget);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_ ("Open Job Family"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Open"), _ ("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  _ladder_window_add_filters (GTK_FILE_CHOOSER (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_open_recent (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  g_autoptr (GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  open_file (LADDER_WINDOW (widget), file);
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
on_drop_files (GtkDropTarget *target, const GValue *value, double x, double y, LadderWindow *self)
{
  GSList *files = g_value_get_boxed (value);

  for (GSList *l = files; l != NULL; l = l->next)
    open_file (self, l->data);

  return files != NULL;
}

void
_ladder_window_class_files_init (LadderWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, on_open);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", on_open_recent);
}

void
_ladder_window_files_init (LadderWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_swapped (gtk_recent_manager_get_default (), "changed",
                            G_CALLBACK (update_recent_menu), self);
  update_recent_menu (self);

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_files), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
