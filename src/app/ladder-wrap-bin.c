/* ladder-wrap-bin.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-wrap-bin.h"

#include <adwaita.h>

/*
 * A bin for a wrapping label that tells its width without a height to fit
 * in: for a given height it answers the label's own smallest and natural
 * widths. Its height for a width is the label's.
 *
 * A libadwaita group puts its title and description in a vertical box
 * beside the header's suffix, in a horizontal box. GTK 4.8 measures such a
 * horizontal box's height for a width by searching for the height at which
 * its wrapping children fit in that width (doubling a height, then halving
 * the gap), and for each height tried it asks the vertical box for its
 * width, which searches again, over its description: the label laid out
 * anew at each width tried, each line shaped anew. The Sections group's
 * description alone was laid out 68 times to the example family's first
 * frame, 4% of its instructions (bench/README.md).
 *
 * Those searches decide nothing: the vertical box expands, so it is given
 * all the width beside the suffix whatever width it asked for, and its
 * height is then measured for that width. A bin answering at once gives
 * the same sizes, and the same look: the label keeps its style classes,
 * and what it inherits passes through the bin.
 */

struct _LadderWrapBin
{
  GtkWidget parent_instance;

  gboolean center;
};

G_DEFINE_FINAL_TYPE (LadderWrapBin, ladder_wrap_bin, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
ladder_wrap_bin_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ladder_wrap_bin_measure (GtkWidget     *widget,
                         GtkOrientation orientation,
                         int            for_size,
                         int           *minimum,
                         int           *natural,
                         int           *minimum_baseline,
                         int           *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child == NULL)
    return;

  gtk_widget_measure (child, orientation, orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* The child is centred here, as its vertical alignment would have
 * centred it: GTK would measure it again to align it, for its width at
 * the given height, which searches as above. Its height for the width is
 * the one measured already. */
static void
ladder_wrap_bin_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  LadderWrapBin *self = LADDER_WRAP_BIN (widget);
  GtkWidget     *child = gtk_widget_get_first_child (widget);
  int            natural = height;

  if (child == NULL)
    return;

  if (self->center)
    {
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
      natural = MIN (natural, height);
    }

  gtk_widget_allocate (
      child, width, natural, -1,
      gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, (height - natural) / 2)));
}

static void
ladder_wrap_bin_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ladder_wrap_bin_parent_class)->dispose (object);
}

static void
ladder_wrap_bin_class_init (LadderWrapBinClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_wrap_bin_dispose;
  widget_class->get_request_mode = ladder_wrap_bin_get_request_mode;
  widget_class->measure = ladder_wrap_bin_measure;
  widget_class->size_allocate = ladder_wrap_bin_size_allocate;
}

static void
ladder_wrap_bin_init (LadderWrapBin *self)
{
}

/* The box of the group's title and description, beside the header's
 * suffix (libadwaita 1.2's adw-preferences-group.ui). */
static GtkWidget *
find_labels (GtkWidget *group)
{
  GtkWidget *box = gtk_widget_get_first_child (group);
  GtkWidget *header = box != NULL ? gtk_widget_get_first_child (box) : NULL;
  GtkWidget *labels = header != NULL ? gtk_widget_get_first_child (header) : NULL;

  if (labels == NULL || !GTK_IS_BOX (labels) || !gtk_widget_has_css_class (header, "header")
      || !gtk_widget_has_css_class (labels, "labels"))
    return NULL;

  return labels;
}

static void
fit_group (GtkWidget *group)
{
  GtkWidget *labels = find_labels (group);
  GtkWidget *header;
  GtkWidget *bin;

  if (labels == NULL)
    return;

  header = gtk_widget_get_parent (labels);
  bin = g_object_new (LADDER_TYPE_WRAP_BIN, NULL);

  g_object_ref (labels);
  gtk_box_remove (GTK_BOX (header), labels);
  gtk_widget_set_parent (labels, bin);
  g_object_unref (labels);
  if (gtk_widget_get_valign (labels) == GTK_ALIGN_CENTER)
    {
      LADDER_WRAP_BIN (bin)->center = TRUE;
      gtk_widget_set_valign (labels, GTK_ALIGN_FILL);
    }
  gtk_box_prepend (GTK_BOX (header), bin);
}

/* Every group of ROOT's tree, before GTK first measures it. */
void
ladder_wrap_bin_fit_groups (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (ADW_IS_PREFERENCES_GROUP (root))
    fit_group (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ladder_wrap_bin_fit_groups (child);
}
