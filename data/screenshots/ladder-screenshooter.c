/* ladder-screenshooter.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Takes the screenshots of the real window for the AppStream metadata, the
 * README and for checking by eye: it opens a family or a page, shows each
 * view of a scene in turn and renders the whole window, header bar
 * included (and a dialog over it), to a PNG.
 *
 *   ladder-screenshooter OUTPUT-FOLDER main FAMILY       main, role-editor, preview
 *   ladder-screenshooter OUTPUT-FOLDER narrow FILE NAME  narrow-sidebar-NAME, narrow-role-NAME (360
 * px) ladder-screenshooter OUTPUT-FOLDER grouped PAGE      grouped: a large page's roles in groups
 *   ladder-screenshooter OUTPUT-FOLDER late-role PAGE    preview-late-role: the preview scrolled to
 * the page's seventh role ladder-screenshooter OUTPUT-FOLDER new               new-family: a new
 * window's start ladder-screenshooter OUTPUT-FOLDER open-error FILE   open-error: a file that
 * cannot be opened ladder-screenshooter OUTPUT-FOLDER workspace CHECKOUT FAMILY-PATH workspace: a
 * handbook checkout in the sidebar, one of its families open
 *
 * The interface speaks the language of LANGUAGE; LADDER_LOCALEDIR points
 * an uninstalled build at its translations.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "ladder-application.h"
#include "ladder-window.h"
#include "ladder-workspace-sidebar.h"

typedef struct
{
  LadderApplication *app;
  GtkWindow         *window;
  const char        *folder;
  const char        *scene;
  const char        *file;
  const char        *name;
  guint              step;
  guint              waited;
  int                status;
  /* workspace: the family to open, relative to the checkout, and how far
   * the scene got (0: indexing, 1: opening the family, 2: shown). */
  const char *family_path;
  guint       phase;
} Shooter;

/* The first dialog on show, if any. */
static GtkWindow *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      /* The list of toplevels keeps it. */
      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_mapped (GTK_WIDGET (toplevel)))
        return toplevel;
    }

  return NULL;
}

/* Renders @window, and @dialog (if any) centred over it on a dimmed
 * window, as a person sees them. */
static gboolean
save_window (Shooter *shooter, GtkWindow *window, GtkWindow *dialog, const char *name)
{
  g_autofree char *path = g_build_filename (shooter->folder, name, NULL);
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  if (dialog != NULL)
    {
      g_autoptr (GdkPaintable) over = gtk_widget_paintable_new (GTK_WIDGET (dialog));
      int dialog_width = gtk_widget_get_width (GTK_WIDGET (dialog));
      int dialog_height = gtk_widget_get_height (GTK_WIDGET (dialog));

      gtk_snapshot_append_color (snapshot, &(GdkRGBA){ 0, 0, 0, 0.3 },
                                 &GRAPHENE_RECT_INIT (0, 0, width, height));
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - dialog_width) / 2.0,
                                                              (height - dialog_height) / 2.0));
      gdk_paintable_snapshot (over, GDK_SNAPSHOT (snapshot), dialog_width, dialog_height);
      gtk_snapshot_restore (snapshot);
    }

  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return FALSE;

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_print ("%s (%d×%d)\n", path, width, height);
  return gdk_texture_save_to_png (texture, path);
}

/* Whether @window has drawn something to render: on a busy machine, a
 * window just changed may not have drawn yet. Waits for it a while. */
static void
wait_until_drawn (GtkWindow *window)
{
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
      g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
      g_autoptr (GskRenderNode) node = NULL;

      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                              gtk_widget_get_width (GTK_WIDGET (window)),
                              gtk_widget_get_height (GTK_WIDGET (window)));
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node != NULL)
        return;
      g_usleep (10000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

static void
shoot (Shooter *shooter, const char *name)
{
  wait_until_drawn (shooter->window);
  shooter->status |= !save_window (shooter, shooter->window, NULL, name);
}

static gboolean
loaded (Shooter *shooter)
{
  LadderDocument *document = ladder_window_get_document (LADDER_WINDOW (shooter->window));

  return ladder_document_get_file (document) != NULL
         || ladder_document_get_export_file (document) != NULL;
}

static void
finish (Shooter *shooter)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (shooter->app)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  g_application_release (G_APPLICATION (shooter->app));
}

/* One step of a scene, each a frame or so after the one before; FALSE once
 * the scene is done. */
static gboolean
step_main (Shooter *shooter, guint step)
{
  LadderWindow *window = LADDER_WINDOW (shooter->window);

  switch (step)
    {
    case 0:
      ladder_window_show_family (window);
      return TRUE;
    case 1:
      shoot (shooter, "main.png");
      ladder_window_select_role (window, 1);
      return TRUE;
    case 2:
      /* The bullets fit their height a frame after their layout. */
      return TRUE;
    case 3:
      shoot (shooter, "role-editor.png");
      gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-preview", NULL);
      return TRUE;
    case 4:
      return TRUE;
    case 5:
      shoot (shooter, "preview.png");
      return FALSE;
    default:
      return FALSE;
    }
}

static gboolean
step_narrow (Shooter *shooter, guint step)
{
  LadderWindow    *window = LADDER_WINDOW (shooter->window);
  g_autofree char *sidebar = g_strdup_printf ("narrow-sidebar-%s.png", shooter->name);
  g_autofree char *role = g_strdup_printf ("narrow-role-%s.png", shooter->name);

  switch (step)
    {
    case 0:
      gtk_widget_activate_action (GTK_WIDGET (window), "win.find-role", NULL);
      return TRUE;
    case 1:
      shoot (shooter, sidebar);
      ladder_window_select_role (window, 1);
      return TRUE;
    case 2:
      /* The bullets fit their height to the narrow width a frame after
       * their layout: on a busy machine, a step later. */
      return TRUE;
    case 3:
      shoot (shooter, role);
      return FALSE;
    default:
      return FALSE;
    }
}

static gboolean
step_grouped (Shooter *shooter, guint step)
{
  LadderWindow *window = LADDER_WINDOW (shooter->window);
  GListModel   *roles
      = ladder_family_get_roles (ladder_document_get_family (ladder_window_get_document (window)));

  switch (step)
    {
    case 0:
      /* A role of the page's second group, with the first group above. */
      for (guint i = 1; i < g_list_model_get_n_items (roles); i++)
        {
          g_autoptr (LadderRole) before = g_list_model_get_item (roles, i - 1);
          g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);

          if (ladder_role_get_region (role) != ladder_role_get_region (before) && i > 2)
            {
              ladder_window_select_role (window, i);
              return TRUE;
            }
        }
      ladder_window_select_role (window, 1);
      return TRUE;
    case 1:
      /* The bullets fit their height a frame after their layout. */
      return TRUE;
    case 2:
      shoot (shooter, "grouped.png");
      return FALSE;
    default:
      return FALSE;
    }
}

/* The preview on, then a role far down the page selected: the preview
 * follows it to its heading (once the page is laid out and scrolled). */
static void
expand_rows (GtkWidget *widget)
{
  if (ADW_IS_EXPANDER_ROW (widget))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    expand_rows (child);
}

/* Checked by eye only (not shipped, so not in the folder). */
static void
shoot_aside (Shooter *shooter, const char *name)
{
  const char *folder = shooter->folder;

  shooter->folder = g_get_tmp_dir ();
  shoot (shooter, name);
  shooter->folder = folder;
}

static gboolean
step_late_role (Shooter *shooter, guint step)
{
  LadderWindow *window = LADDER_WINDOW (shooter->window);

  switch (step)
    {
    case 0:
      /* First, aside: the family's Markdown fields, light and dark. */
      ladder_window_show_family (window);
      expand_rows (GTK_WIDGET (window));
      return TRUE;
    case 2:
      shoot_aside (shooter, "ladder-family-prose.png");
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          ADW_COLOR_SCHEME_FORCE_DARK);
      return TRUE;
    case 3:
      shoot_aside (shooter, "ladder-family-prose-dark.png");
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          ADW_COLOR_SCHEME_DEFAULT);
      return TRUE;
    case 4:
      gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-preview", NULL);
      return TRUE;
    case 5:
      ladder_window_select_role (window, 6);
      return TRUE;
    case 8:
      shoot (shooter, "preview-late-role.png");
      return FALSE;
    default:
      return TRUE;
    }
}

static gboolean
step_new (Shooter *shooter, guint step)
{
  if (step == 0)
    shoot (shooter, "new-family.png");
  return FALSE;
}

static gboolean
step_open_error (Shooter *shooter, guint step)
{
  GtkWindow *dialog = find_dialog ();

  if (step == 0)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (shooter->file);

      ladder_application_open_file (shooter->app, file);
      return TRUE;
    }

  if (dialog == NULL)
    return step < 20;

  /* The details, opened. */
  if (GTK_IS_EXPANDER (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog)))
      && !gtk_expander_get_expanded (
          GTK_EXPANDER (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog)))))
    {
      gtk_expander_set_expanded (
          GTK_EXPANDER (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog))), TRUE);
      shooter->waited = 0;
      return TRUE;
    }

  /* The dialog grows to its details a frame or two after: shot before,
   * the details and the buttons were cut off. */
  if (shooter->waited++ < 2)
    return TRUE;

  wait_until_drawn (shooter->window);
  wait_until_drawn (dialog);
  shooter->status |= !save_window (shooter, shooter->window, dialog, "open-error.png");
  return FALSE;
}

/* A handbook: once indexed, one family opened, then the handbook's
 * families shown beside it. */
static gboolean
step_workspace (Shooter *shooter, guint step)
{
  LadderWindow           *window = LADDER_WINDOW (shooter->window);
  LadderWorkspace        *workspace = ladder_window_get_workspace (window);
  LadderWorkspaceSidebar *sidebar
      = LADDER_WORKSPACE_SIDEBAR (ladder_window_get_workspace_sidebar (window));
  LadderWorkspaceEntry *entry;
  const char           *folder;

  switch (shooter->phase)
    {
    case 0:
      if (ladder_workspace_get_indexing (workspace))
        break;
      entry = ladder_workspace_find_entry (workspace, shooter->family_path);
      if (entry == NULL)
        {
          g_printerr ("%s is not a family of the handbook\n", shooter->family_path);
          shooter->status = 1;
          return FALSE;
        }
      ladder_workspace_sidebar_open_entry (sidebar, entry);
      shooter->phase = 1;
      shooter->waited = 0;
      return TRUE;

    case 1:
      if (!loaded (shooter))
        {
          if (shooter->waited++ < 40)
            return TRUE;
          break;
        }
      ladder_window_select_role (window, 1);
      ladder_window_show_handbook (window);
      shooter->phase = 2;
      shooter->waited = 0;
      return TRUE;

    default:
      switch (++shooter->waited)
        {
        case 2:
          shoot (shooter, "workspace.png");
          ladder_workspace_sidebar_search (sidebar, "technical writing");
          return TRUE;
        case 5:
          /* Checked by eye only: not shipped, so not in the folder. */
          folder = shooter->folder;
          shooter->folder = g_get_tmp_dir ();
          shoot (shooter, "ladder-workspace-search.png");
          shooter->folder = folder;
          return FALSE;
        default:
          return TRUE;
        }
    }

  /* Indexed within 200 steps, loaded within 40. */
  if (step < 200 && shooter->phase == 0)
    return TRUE;
  g_printerr ("The handbook was not shown in time\n");
  shooter->status = 1;
  return FALSE;
}

static gboolean
on_step (gpointer user_data)
{
  Shooter *shooter = user_data;
  gboolean more;

  /* Wait until the file is read. */
  if (shooter->file != NULL && !g_str_equal (shooter->scene, "open-error") && !loaded (shooter)
      && shooter->waited++ < 40)
    return G_SOURCE_CONTINUE;

  if (g_str_equal (shooter->scene, "main"))
    more = step_main (shooter, shooter->step);
  else if (g_str_equal (shooter->scene, "narrow"))
    more = step_narrow (shooter, shooter->step);
  else if (g_str_equal (shooter->scene, "grouped"))
    more = step_grouped (shooter, shooter->step);
  else if (g_str_equal (shooter->scene, "late-role"))
    more = step_late_role (shooter, shooter->step);
  else if (g_str_equal (shooter->scene, "new"))
    more = step_new (shooter, shooter->step);
  else if (g_str_equal (shooter->scene, "workspace"))
    more = step_workspace (shooter, shooter->step);
  else
    more = step_open_error (shooter, shooter->step);

  shooter->step++;
  if (more)
    return G_SOURCE_CONTINUE;

  finish (shooter);
  return G_SOURCE_REMOVE;
}

static int
usage (const char *program)
{
  g_printerr (
      "usage: %s OUTPUT-FOLDER main FAMILY | narrow FILE NAME | grouped PAGE | late-role PAGE | new"
      " | open-error FILE"
      " | workspace CHECKOUT FAMILY-PATH\n",
      program);
  return 2;
}

int
main (int argc, char *argv[])
{
  g_autoptr (LadderApplication) app = NULL;
  Shooter shooter = { 0 };
  int     width = 1200, height = 760;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("LADDER_LOCALEDIR") != NULL
                                       ? g_getenv ("LADDER_LOCALEDIR")
                                       : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 3)
    return usage (argv[0]);

  shooter.folder = argv[1];
  shooter.scene = argv[2];
  if (g_str_equal (shooter.scene, "main") || g_str_equal (shooter.scene, "grouped")
      || g_str_equal (shooter.scene, "late-role") || g_str_equal (shooter.scene, "open-error"))
    {
      if (argc != 4)
        return usage (argv[0]);
      shooter.file = argv[3];
    }
  else if (g_str_equal (shooter.scene, "narrow"))
    {
      if (argc != 5)
        return usage (argv[0]);
      shooter.file = argv[3];
      shooter.name = argv[4];
      width = 360;
      height = 720;
    }
  else if (g_str_equal (shooter.scene, "workspace"))
    {
      if (argc != 5)
        return usage (argv[0]);
      shooter.family_path = argv[4];
    }
  else if (!g_str_equal (shooter.scene, "new") || argc != 3)
    {
      return usage (argv[0]);
    }

  if (g_str_equal (shooter.scene, "grouped"))
    height = 900;
  if (g_str_equal (shooter.scene, "open-error") || g_str_equal (shooter.scene, "new"))
    width = 900, height = 640;

  g_set_prgname ("ladder");
  gtk_init ();
  adw_init ();
  /* As on GNOME: a close button alone in the header bar, and no sliding
   * half-way through a screenshot. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close",
                "gtk-enable-animations", FALSE, NULL);

  app = ladder_application_new ();
  shooter.app = app;
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  g_application_hold (G_APPLICATION (app));

  if (g_str_equal (shooter.scene, "workspace"))
    {
      g_autoptr (GFile) checkout = g_file_new_for_commandline_arg (argv[3]);

      shooter.window = ladder_application_open_workspace (app, checkout);
    }
  else if (shooter.file != NULL && !g_str_equal (shooter.scene, "open-error"))
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (shooter.file);

      shooter.window = ladder_application_open_file (app, file);
    }
  else
    {
      /* A new window, as the program opens without a file. */
      shooter.window = GTK_WINDOW (ladder_window_new (app));
      gtk_window_present (shooter.window);
    }
  gtk_window_set_default_size (shooter.window, width, height);

  g_timeout_add (700, on_step, &shooter);

  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0 || shooter.step == 0)
    g_main_context_iteration (NULL, TRUE);

  return shooter.status;
}
