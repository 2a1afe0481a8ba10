/* ladder-import-banner.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-import-banner.h"

#include <glib/gi18n.h>

#include "ladder-diagnostic.h"
#include "ladder-markdown-import.h"
#include "ladder-tooltip.h"

/*
 * A notice across the top of the content when a page was opened but not
 * read into fields: too costly to parse, or beyond the bounds of the file
 * format, it was kept as Markdown text. Nothing is lost, but the roles
 * the person came to edit are not there, and without a word that looks
 * like a bug. (AdwBanner is libadwaita 1.3; this is its 1.2 stand-in.)
 */
struct _LadderImportBanner
{
  GtkWidget    parent_instance;
  GtkRevealer *revealer;
  GtkLabel    *label;
};

G_DEFINE_FINAL_TYPE (LadderImportBanner, ladder_import_banner, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_REVEALED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_revealed (LadderImportBanner *self, gboolean revealed)
{
  if (gtk_revealer_get_reveal_child (self->revealer) == revealed)
    return;

  gtk_revealer_set_reveal_child (self->revealer, revealed);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}

static void
on_dismiss_clicked (LadderImportBanner *self)
{
  set_revealed (self, FALSE);
}

/**
 * ladder_import_banner_set_diagnostics:
 * @diagnostics: (nullable) (element-type LadderDiagnostic): what the
 *   document's load said
 *
 * Shows the banner when the page was kept as Markdown text, and hides it
 * otherwise. The warning itself, with its place in the page, is the
 * tooltip.
 */
void
ladder_import_banner_set_diagnostics (LadderImportBanner *self, GPtrArray *diagnostics)
{
  const LadderDiagnostic *kept = NULL;

  g_return_if_fail (LADDER_IS_IMPORT_BANNER (self));

  for (guint i = 0; diagnostics != NULL && i < diagnostics->len && kept == NULL; i++)
    if (ladder_diagnostic_matches (g_ptr_array_index (diagnostics, i), LADDER_IMPORT_WARNING,
                                   LADDER_IMPORT_WARNING_KEPT_AS_TEXT))
      kept = g_ptr_array_index (diagnostics, i);

  if (kept != NULL)
    {
      g_autofree char *detail = ladder_diagnostic_to_string (kept);

      gtk_label_set_text (
          self->label,
          _ ("This page is too large or too complex to read into fields, so it was opened "
             "as Markdown text. Nothing is lost and it exports unchanged, but its roles "
             "cannot be edited here."));
      ladder_tooltip_set_text (GTK_WIDGET (self->label), detail);
    }

  set_revealed (self, kept != NULL);
}

gboolean
ladder_import_banner_get_revealed (LadderImportBanner *self)
{
  g_return_val_if_fail (LADDER_IS_IMPORT_BANNER (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

const char *
ladder_import_banner_get_text (LadderImportBanner *self)
{
  g_return_val_if_fail (LADDER_IS_IMPORT_BANNER (self), NULL);

  return gtk_label_get_text (self->label);
}

static void
ladder_import_banner_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LADDER_TYPE_IMPORT_BANNER);

  G_OBJECT_CLASS (ladder_import_banner_parent_class)->dispose (object);
}

static void
ladder_import_banner_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderImportBanner *self = LADDER_IMPORT_BANNER (object);

  switch (prop_id)
    {
    case PROP_REVEALED:
      g_value_set_boolean (value, ladder_import_banner_get_revealed (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_import_banner_class_init (LadderImportBannerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_import_banner_dispose;
  object_class->get_property = ladder_import_banner_get_property;

  properties[PROP_REVEALED] = g_param_spec_boolean (
      "revealed", NULL, NULL, FALSE,
      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ladder-import-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderImportBanner, revealer);
  gtk_widget_class_bind_template_child (widget_class, LadderImportBanner, label);
  gtk_widget_class_bind_template_callback (widget_class, on_dismiss_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ladder_import_banner_init (LadderImportBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ladder_import_banner_new (void)
{
  return g_object_new (LADDER_TYPE_IMPORT_BANNER, NULL);
}
