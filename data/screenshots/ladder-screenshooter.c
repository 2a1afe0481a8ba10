/* ladder-screenshooter.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Takes the screenshots of the real window for the AppStream metadata and
 * for checking by eye: it opens a family, shows each view in turn and
 * renders the whole window, header bar included, to a PNG. With
 * --handbook, it opens a handbook checkout instead, opens one of its
 * families and shows the handbook's families beside it (workspace.png).
 *
 *   ladder-screenshooter FAMILY.jobfamily.json OUTPUT-FOLDER
 *   ladder-screenshooter --handbook CHECKOUT FAMILY-PATH OUTPUT-FOLDER
 */

#include "config.h"

#include <adwaita.h>

#include "ladder-application.h"
#include "ladder-window.h"
#include "ladder-workspace-sidebar.h"

typedef struct
{
  GtkWindow  *window;
  const char *folder;
  guint       step;
  int         status;
  /* --handbook: the family to open, relative to the checkout. */
  const char *family_path;
} Shooter;

static gboolean
save_window (GtkWindow  *window,
             const char *path)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return FALSE;

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_print ("%s\n", path);
  return gdk_texture_save_to_png (texture, path);
}

static gboolean
on_step (gpointer user_data)
{
  Shooter *shooter = user_data;
  LadderWindow *window = LADDER_WINDOW (shooter->window);
  g_autofree char *path = NULL;

  /* Wait until the family is loaded. */
  if (ladder_document_get_file (ladder_window_get_document (window)) == NULL && shooter->step < 40)
    {
      shooter->step++;
      return G_SOURCE_CONTINUE;
    }

  switch (shooter->step < 100 ? (shooter->step = 100) : ++shooter->step)
    {
    case 100:
      ladder_window_show_family (window);
      return G_SOURCE_CONTINUE;

    case 101:
      path = g_build_filename (shooter->folder, "main.png", NULL);
      shooter->status |= !save_window (shooter->window, path);
      ladder_window_select_role (window, 1);
      return G_SOURCE_CONTINUE;

    case 102:
      path = g_build_filename (shooter->folder, "role-editor.png", NULL);
      shooter->status |= !save_window (shooter->window, path);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-preview", NULL);
      return G_SOURCE_CONTINUE;

    case 103:
      path = g_build_filename (shooter->folder, "preview.png", NULL);
      shooter->status |= !save_window (shooter->window, path);
      /* And narrow, as on a phone: the sidebar folds away. */
      gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-preview", NULL);
      gtk_window_set_default_size (shooter->window, 400, 760);
      return G_SOURCE_CONTINUE;

    case 104:
      return G_SOURCE_CONTINUE;

    case 105:
      path = g_build_filename (g_get_tmp_dir (), "ladder-narrow.png", NULL);
      shooter->status |= !save_window (shooter->window, path);
      gtk_window_destroy (shooter->window);
      return G_SOURCE_REMOVE;

    default:
      return G_SOURCE_REMOVE;
    }
}

/* A handbook: once indexed, one family opened, then the handbook's
 * families shown beside it. */
static gboolean
on_handbook_step (gpointer user_data)
{
  Shooter *shooter = user_data;
  LadderWindow *window = LADDER_WINDOW (shooter->window);
  LadderWorkspace *workspace = ladder_window_get_workspace (window);
  LadderWorkspaceSidebar *sidebar = LADDER_WORKSPACE_SIDEBAR (ladder_window_get_workspace_sidebar (window));
  LadderWorkspaceEntry *entry;
  g_autofree char *path = NULL;

  shooter->step++;
  /* Indexed within 200 steps, loaded within 40. */
  if (shooter->step == 200 || shooter->step == 1040)
    {
      g_printerr ("The handbook was not shown in time\n");
      shooter->status = 1;
      gtk_window_destroy (shooter->window);
      return G_SOURCE_REMOVE;
    }

  if (shooter->step < 1000)
    {
      if (ladder_workspace_get_indexing (workspace))
        return G_SOURCE_CONTINUE;
      entry = ladder_workspace_find_entry (workspace, shooter->family_path);
      if (entry == NULL)
        {
          g_printerr ("%s is not a family of the handbook\n", shooter->family_path);
          shooter->status = 1;
          gtk_window_destroy (shooter->window);
          return G_SOURCE_REMOVE;
        }
      ladder_workspace_sidebar_open_entry (sidebar, entry);
      shooter->step = 1000;
      return G_SOURCE_CONTINUE;
    }

  if (shooter->step < 2000)
    {
      if (ladder_document_get_export_file (ladder_window_get_document (window)) == NULL
          && ladder_document_get_file (ladder_window_get_document (window)) == NULL)
        return G_SOURCE_CONTINUE;
      ladder_window_select_role (window, 1);
      ladder_window_show_handbook (window);
      shooter->step = 2000;
      return G_SOURCE_CONTINUE;
    }

  if (shooter->step == 2002)
    {
      path = g_build_filename (shooter->folder, "workspace.png", NULL);
      shooter->status |= !save_window (shooter->window, path);
      ladder_workspace_sidebar_search (sidebar, "technical writing");
      return G_SOURCE_CONTINUE;
    }

  if (shooter->step == 2005)
    {
      /* Checked by eye only: not shipped. */
      path = g_build_filename (g_get_tmp_dir (), "ladder-workspace-search.png", NULL);
      shooter->status |= !save_window (shooter->window, path);
      gtk_window_destroy (shooter->window);
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (LadderApplication) app = NULL;
  g_autoptr (GFile) file = NULL;
  Shooter shooter = { 0 };

  gboolean handbook = argc == 5 && g_str_equal (argv[1], "--handbook");

  if (argc != 3 && !handbook)
    {
      g_printerr ("usage: %s FAMILY.jobfamily.json OUTPUT-FOLDER\n"
                  "       %s --handbook CHECKOUT FAMILY-PATH OUTPUT-FOLDER\n",
                  argv[0], argv[0]);
      return 2;
    }

  g_set_prgname ("ladder");
  gtk_init ();
  adw_init ();

  app = ladder_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  if (handbook)
    {
      file = g_file_new_for_commandline_arg (argv[2]);
      shooter.family_path = argv[3];
      shooter.folder = argv[4];
      shooter.window = ladder_application_open_workspace (app, file);
    }
  else
    {
      file = g_file_new_for_commandline_arg (argv[1]);
      shooter.folder = argv[2];
      shooter.window = ladder_application_open_file (app, file);
    }
  gtk_window_set_default_size (shooter.window, 1200, 760);
  g_application_hold (G_APPLICATION (app));

  g_timeout_add (700, handbook ? on_handbook_step : on_step, &shooter);

  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    g_main_context_iteration (NULL, TRUE);

  return shooter.status;
}
