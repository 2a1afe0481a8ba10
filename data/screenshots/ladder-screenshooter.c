/* ladder-screenshooter.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Takes the screenshots of the real window for the AppStream metadata and
 * for checking by eye: it opens a family, shows each view in turn and
 * renders the whole window, header bar included, to a PNG.
 *
 *   ladder-screenshooter FAMILY.jobfamily.json OUTPUT-FOLDER
 */

#include "config.h"

#include <adwaita.h>

#include "ladder-application.h"
#include "ladder-window.h"

typedef struct
{
  GtkWindow  *window;
  const char *folder;
  guint       step;
  int         status;
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

int
main (int   argc,
      char *argv[])
{
  g_autoptr (LadderApplication) app = NULL;
  g_autoptr (GFile) file = NULL;
  Shooter shooter = { 0 };

  if (argc != 3)
    {
      g_printerr ("usage: %s FAMILY.jobfamily.json OUTPUT-FOLDER\n", argv[0]);
      return 2;
    }

  g_set_prgname ("ladder");
  gtk_init ();
  adw_init ();

  app = ladder_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  file = g_file_new_for_commandline_arg (argv[1]);
  shooter.folder = argv[2];
  shooter.window = ladder_application_open_file (app, file);
  gtk_window_set_default_size (shooter.window, 1200, 760);
  g_application_hold (G_APPLICATION (app));

  g_timeout_add (700, on_step, &shooter);

  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    g_main_context_iteration (NULL, TRUE);

  return shooter.status;
}
