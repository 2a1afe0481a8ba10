/* ladder-test-window.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-test-window.h"

#include <gdk/x11/gdkx.h>

#include "ladder-markdown-export.h"
#include "ladder-role-groups.h"
#include "ladder-role-row.h"
#include "ladder-test-skip.h"

/* The pointer is put in the screen's far corner, away from the windows
 * the tests open at its top left: a window is driven by the tests alone,
 * not by whatever lies under a pointer left in the middle of the screen
 * (tooltips that come up and go away with the windows, hover states). */
static void
move_pointer_away (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  Display    *xdisplay;
  Window      root;

  if (!GDK_IS_X11_DISPLAY (display))
    return;

  xdisplay = gdk_x11_display_get_xdisplay (display);
  root = DefaultRootWindow (xdisplay);
  XWarpPointer (xdisplay, None, root, 0, 0, 0, 0,
                DisplayWidth (xdisplay, DefaultScreen (xdisplay)) - 1,
                DisplayHeight (xdisplay, DefaultScreen (xdisplay)) - 1);
  XSync (xdisplay, False);
}

LadderApplication *
start_window_test (const char *home, GApplicationFlags flags)
{
  g_autofree char *own_home
      = home != NULL ? g_strdup (home) : g_dir_make_tmp ("ladder-test-home-XXXXXX", NULL);
  LadderApplication *app;

  g_setenv ("XDG_DATA_HOME", own_home, TRUE);
  g_setenv ("XDG_STATE_HOME", own_home, TRUE);
  g_set_prgname ("ladder");

  if (!gtk_init_check ())
    return NULL;

  adw_init ();
  move_pointer_away ();
  /* GTK's own cursor blinking and animations are not the window's work. */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, "gtk-enable-animations",
                FALSE, NULL);
  app = ladder_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | flags);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  return app;
}

int
skip_without_display (void)
{
  return ladder_test_skip_status ("no display: the window tests need one (run them under Xvfb)");
}

void
spin (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

gboolean
spin_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  return done (data);
}

typedef struct
{
  LadderWindow *window;
  GFile        *file;
} Showing;

static gboolean
shows_file (gpointer data)
{
  Showing *showing = data;

  return document_is (showing->window, showing->file);
}

gboolean
spin_until_shows (LadderWindow *window, GFile *file)
{
  Showing showing = { window, file };

  return spin_until (shows_file, &showing);
}

GtkWidget *
find_widget_full (GtkWidget *root,
                  GType      type,
                  gboolean (*match) (GtkWidget *, gconstpointer),
                  gconstpointer data,
                  gboolean      visible_only)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && (match == NULL || match (root, data)))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (visible_only && !gtk_widget_get_visible (child))
        continue;

      found = find_widget_full (child, type, match, data, visible_only);
      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
find_widget (GtkWidget *root,
             GType      type,
             gboolean (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  return find_widget_full (root, type, match, data, TRUE);
}

GtkWidget *
find_any_widget (GtkWidget *root,
                 GType      type,
                 gboolean (*match) (GtkWidget *, gconstpointer),
                 gconstpointer data)
{
  return find_widget_full (root, type, match, data, FALSE);
}

void
collect_entries (GtkWidget *root, GPtrArray *found)
{
  if (GTK_IS_ENTRY (root))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_entries (child, found);
}

/* The sidebar's list of roles: the list view whose items are roles and
 * the page's headings. */
gboolean
lists_roles (GtkWidget *widget, gconstpointer data)
{
  GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (widget));

  return GTK_IS_SINGLE_SELECTION (model)
         && LADDER_IS_ROLE_GROUPS (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model)));
}

GtkListView *
sidebar_list (LadderWindow *window)
{
  GtkWidget *list = find_any_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW, lists_roles, NULL);

  g_assert_nonnull (list);
  return GTK_LIST_VIEW (list);
}

GtkSingleSelection *
sidebar_selection (LadderWindow *window)
{
  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (sidebar_list (window)));
}

LadderRole *
sidebar_selected_role (LadderWindow *window)
{
  gpointer item = gtk_single_selection_get_selected_item (sidebar_selection (window));

  return LADDER_IS_ROLE (item) ? item : NULL;
}

gboolean
sidebar_position (LadderWindow *window, LadderRole *role, guint *position)
{
  GListModel *items = gtk_single_selection_get_model (sidebar_selection (window));

  return ladder_role_groups_find (LADDER_ROLE_GROUPS (items), role, position);
}

void
sidebar_pick_role (LadderWindow *window, guint position)
{
  guint item;

  g_assert_true (sidebar_position (window, role_at (window, position), &item));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar_list (window)), "list.select-item",
                                             "(ubb)", item, FALSE, FALSE));
}

GtkWidget *
sidebar_row (LadderWindow *window, LadderRole *role)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (sidebar_list (window)));
       item != NULL; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (LADDER_IS_ROLE_ROW (row) && ladder_role_row_get_role (LADDER_ROLE_ROW (row)) == role
          && gtk_widget_get_child_visible (item))
        return item;
    }

  return NULL;
}

gboolean
is_list (GtkWidget *widget, gconstpointer list)
{
  return ladder_bullet_editor_get_list (LADDER_BULLET_EDITOR (widget)) == GPOINTER_TO_INT (list);
}

gboolean
button_labelled (GtkWidget *widget, gconstpointer label)
{
  return gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

gboolean
label_says (GtkWidget *widget, gconstpointer text)
{
  return g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

gboolean
tooltip_is (GtkWidget *widget, gconstpointer tooltip)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

gboolean
widget_is_mapped (GtkWidget *widget, gconstpointer data)
{
  return gtk_widget_get_mapped (widget);
}

gboolean
document_is (LadderWindow *window, GFile *file)
{
  LadderDocument *document = ladder_window_get_document (window);
  GFile          *own = ladder_document_get_file (document);

  if (own == NULL)
    own = ladder_document_get_export_file (document);

  return own != NULL && g_file_equal (own, file);
}

LadderFamily *
family_of (LadderWindow *window)
{
  return ladder_document_get_family (ladder_window_get_document (window));
}

char *
text_view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

char *
page_of (LadderWindow *window)
{
  return g_string_free (ladder_markdown_export (family_of (window), LADDER_EXPORT_DEFAULT), FALSE);
}

LadderRole *
role_at (LadderWindow *window, guint position)
{
  LadderRole *role = g_list_model_get_item (ladder_family_get_roles (family_of (window)), position);

  g_object_unref (role);
  return role;
}

/* The role's form: a window makes it once it has shown its first frame and
 * has nothing else to do, or when it first shows a role. Waits (bounded)
 * for it. */
LadderRoleEditor *
role_editor (LadderWindow *window)
{
  gint64     deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GtkWidget *editor;

  while ((editor = find_any_widget (GTK_WIDGET (window), LADDER_TYPE_ROLE_EDITOR, NULL, NULL))
             == NULL
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (editor);

  return LADDER_ROLE_EDITOR (editor);
}

LadderBulletEditor *
bullet_editor (LadderWindow *window, LadderBulletList list)
{
  return LADDER_BULLET_EDITOR (find_widget (GTK_WIDGET (role_editor (window)),
                                            LADDER_TYPE_BULLET_EDITOR, is_list,
                                            GINT_TO_POINTER (list)));
}

void
close_without_saving (LadderWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (20);
  g_assert_null (window);
}

char *
copy_to_temp (const char *source, const char *name)
{
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("ladder-test-XXXXXX", &error);
  char            *path;
  gsize            length;

  g_assert_no_error (error);
  g_file_get_contents (source, &contents, &length, &error);
  g_assert_no_error (error);
  path = g_build_filename (folder, name, NULL);
  g_file_set_contents (path, contents, (gssize) length, &error);
  g_assert_no_error (error);

  return path;
}

LadderWindow *
open_data_page_on_role (LadderApplication *app, const char *name, const char *title)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *path = copy_to_temp (source, name);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  LadderWindow *window = LADDER_WINDOW (ladder_application_open_file (app, file));
  GListModel   *roles;

  g_assert_true (spin_until_shows (window, file));
  spin (50);
  roles = ladder_family_get_roles (family_of (window));
  for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
    if (g_strcmp0 (ladder_role_get_title (role_at (window, r)), title) == 0)
      {
        sidebar_pick_role (window, r);
        spin (100);
        return window;
      }

  g_assert_not_reached ();
}

char *
contents_of (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

void
on_exported_done (GObject *object, GAsyncResult *result, gpointer user_data)
{
  gboolean *done = user_data;

  g_assert_true (ladder_document_export_finish (LADDER_DOCUMENT (object), result, NULL));
  *done = TRUE;
}

AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

void
respond (AdwMessageDialog *dialog, const char *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  spin (50);
  g_assert_null (find_dialog ());
}

/* The header's toggle of the handbook checks: the one whose child holds a
 * label and an image. */
static gboolean
is_checks_button (GtkWidget *widget, gconstpointer data)
{
  return find_any_widget (widget, GTK_TYPE_LABEL, NULL, NULL) != NULL
         && find_any_widget (widget, GTK_TYPE_IMAGE, NULL, NULL) != NULL;
}

GtkToggleButton *
checks_button_of (LadderWindow *window)
{
  return GTK_TOGGLE_BUTTON (
      find_any_widget (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON, is_checks_button, NULL));
}

/* ------------------------------------------------------------------ */
/* Keys                                                                 */

int
cursor_offset (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter    iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  return gtk_text_iter_get_offset (&iter);
}

/* The focus in @view, at character @offset (-1: its end). */
void
place_cursor (GtkWidget *view, int offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter    iter;

  if (offset < 0)
    gtk_text_buffer_get_end_iter (buffer, &iter);
  else
    gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);

  gtk_widget_grab_focus (view);
  gtk_text_buffer_place_cursor (buffer, &iter);
}

static gboolean
activate_matching (GtkWidget          *widget,
                   GtkEventController *controller,
                   guint               keyval,
                   GdkModifierType     modifiers)
{
  GListModel *shortcuts = G_LIST_MODEL (controller);

  for (guint i = 0; i < g_list_model_get_n_items (shortcuts); i++)
    {
      g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (shortcuts, i);
      GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

      if (GTK_IS_KEYVAL_TRIGGER (trigger)
          && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
          && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers
          && gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                           gtk_shortcut_get_arguments (shortcut)))
        return TRUE;
    }

  return FALSE;
}

/* As the key pressed where the focus is: the shortcut controllers of the
 * focus and its ancestors, the capture phase's from the window down, then
 * the bubble phase's back up. Whether one of them took the key. */
gboolean
press_shortcut (LadderWindow *window, guint keyval, GdkModifierType modifiers)
{
  g_autoptr (GPtrArray) chain = g_ptr_array_new ();
  gboolean taken = FALSE;

  for (GtkWidget *widget = gtk_root_get_focus (GTK_ROOT (window)); widget != NULL;
       widget = gtk_widget_get_parent (widget))
    g_ptr_array_insert (chain, 0, widget);

  for (int pass = 0; pass < 2 && !taken; pass++)
    for (guint i = 0; i < chain->len && !taken; i++)
      {
        GtkWidget *widget = g_ptr_array_index (chain, pass == 0 ? i : chain->len - 1 - i);
        g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

        for (guint c = 0; c < g_list_model_get_n_items (controllers) && !taken; c++)
          {
            g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, c);
            GtkPropagationPhase phase = gtk_event_controller_get_propagation_phase (controller);

            if (GTK_IS_SHORTCUT_CONTROLLER (controller)
                && phase == (pass == 0 ? GTK_PHASE_CAPTURE : GTK_PHASE_BUBBLE))
              taken = activate_matching (widget, controller, keyval, modifiers);
          }
      }

  spin (20);
  return taken;
}
