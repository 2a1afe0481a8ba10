/* ladder-workspace-results.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-workspace-results.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ladder-search-row.h"
#include "ladder-workspace-search.h"

/*
 * The results of a search across the handbook (Ctrl+Shift+F), grouped by
 * family, and within a family by role: each family is a row that expands
 * to its roles' titles, each followed by the places that matched. Choosing
 * a place emits ::match-activated, and the window opens the family there.
 * A new search cancels the one still running; results of an older search
 * never replace those of a newer one.
 */
struct _LadderWorkspaceResults
{
  GtkWidget         parent_instance;
  GtkStack         *stack;
  GtkLabel         *count_label;
  GtkListView      *list;

  LadderWorkspace  *workspace;
  GCancellable     *cancellable;
  /* What the results shown were found for. */
  char             *query;
  GListModel       *results;
  GtkTreeListModel *tree;
};

G_DEFINE_FINAL_TYPE (LadderWorkspaceResults, ladder_workspace_results, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SEARCHING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  MATCH_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A family's matches, each role's after a row with the role's title. */
static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  GListModel *matches;
  GListStore *children;
  int role = -2;

  if (!LADDER_IS_WORKSPACE_RESULT (item))
    return NULL;

  matches = ladder_workspace_result_get_matches (item);
  children = g_list_store_new (G_TYPE_OBJECT);
  for (guint i = 0; i < g_list_model_get_n_items (matches); i++)
    {
      g_autoptr (LadderWorkspaceMatch) match = g_list_model_get_item (matches, i);

      if (ladder_workspace_match_get_role (match) != role)
        {
          const char *title = ladder_workspace_match_get_role_title (match);
          g_autoptr (GtkStringObject) heading = NULL;

          role = ladder_workspace_match_get_role (match);
          if (role < 0)
            /* TRANSLATORS: heading of the matches in a family's own text, not a role's */
            title = _("The family");
          else if (title == NULL || *title == '\0')
            title = _("Untitled role");
          heading = gtk_string_object_new (title);
          g_list_store_append (children, heading);
        }
      g_list_store_append (children, match);
    }

  return G_LIST_MODEL (children);
}

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();

  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), ladder_search_row_new ());
  gtk_list_item_set_child (item, expander);
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         LadderWorkspaceResults   *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (item));
  GObject *shown = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (expander, row);
  ladder_search_row_set_item (LADDER_SEARCH_ROW (gtk_tree_expander_get_child (expander)), shown,
                              self->query);
  /* A role's title only stands over its matches. */
  gtk_list_item_set_activatable (item, !GTK_IS_STRING_OBJECT (shown));
  gtk_list_item_set_selectable (item, !GTK_IS_STRING_OBJECT (shown));
  g_clear_object (&shown);
}

static void
on_unbind (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)), NULL);
}

static void
on_activate (GtkListView            *list,
             guint                   position,
             LadderWorkspaceResults *self)
{
  g_autoptr (GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);
  g_autoptr (GObject) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  if (LADDER_IS_WORKSPACE_MATCH (item))
    g_signal_emit (self, signals[MATCH_ACTIVATED], 0, item);
  else if (LADDER_IS_WORKSPACE_RESULT (item))
    gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
}

static void
show_results (LadderWorkspaceResults *self,
              GListModel             *results)
{
  g_autoptr (GtkTreeListModel) tree = NULL;
  guint n_families = results != NULL ? g_list_model_get_n_items (results) : 0;
  guint n_matches = 0;

  g_set_object (&self->results, results);

  if (results != NULL)
    {
      tree = gtk_tree_list_model_new (g_object_ref (results), FALSE, TRUE, create_children, NULL,
                                      NULL);
      for (guint i = 0; i < n_families; i++)
        {
          g_autoptr (LadderWorkspaceResult) result = g_list_model_get_item (results, i);

          n_matches += g_list_model_get_n_items (ladder_workspace_result_get_matches (result));
        }
    }

  g_set_object (&self->tree, tree);
  {
    g_autoptr (GtkNoSelection) selection = tree != NULL
                                           ? gtk_no_selection_new (g_object_ref (G_LIST_MODEL (tree)))
                                           : NULL;

    gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (selection));
  }

  if (self->query == NULL || *self->query == '\0')
    {
      gtk_stack_set_visible_child_name (self->stack, "hint");
    }
  else if (n_families == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
    }
  else
    {
      /* TRANSLATORS: "12 matches in 4 job families" */
      g_autofree char *matches = g_strdup_printf (ngettext ("%u match", "%u matches", n_matches),
                                                  n_matches);
      g_autofree char *count = g_strdup_printf (ngettext ("%s in %u job family",
                                                          "%s in %u job families", n_families),
                                                matches, n_families);

      gtk_label_set_label (self->count_label, count);
      gtk_stack_set_visible_child_name (self->stack, "list");
    }
}

static void
set_searching (LadderWorkspaceResults *self,
               GCancellable           *cancellable)
{
  gboolean was = self->cancellable != NULL;

  g_set_object (&self->cancellable, cancellable);
  if (was != (cancellable != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCHING]);
}

static void
on_searched (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr (LadderWorkspaceResults) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) results = ladder_workspace_search_finish (LADDER_WORKSPACE (source), result,
                                                                   &error);

  /* A newer search took over. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    g_warning ("The search failed: %s", error->message);

  show_results (self, results);
  set_searching (self, NULL);
}

/**
 * ladder_workspace_results_search:
 * @self: the results
 * @query: (nullable): the words to find; empty or %NULL shows a hint
 *
 * Searches the workspace in a worker thread; the results replace those
 * shown when they come.
 */
void
ladder_workspace_results_search (LadderWorkspaceResults *self,
                                 const char             *query)
{
  g_autoptr (GCancellable) cancellable = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (query != NULL ? query : ""));

  g_return_if_fail (LADDER_IS_WORKSPACE_RESULTS (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  g_free (self->query);
  self->query = g_steal_pointer (&trimmed);

  if (*self->query == '\0' || self->workspace == NULL)
    {
      show_results (self, NULL);
      set_searching (self, NULL);
      return;
    }

  cancellable = g_cancellable_new ();
  set_searching (self, cancellable);
  ladder_workspace_search_async (self->workspace, self->query, cancellable, on_searched,
                                 g_object_ref (self));
}

/* Opens the first place found, as Enter in the search entry does.
 * Returns whether there was one. */
gboolean
ladder_workspace_results_activate_first (LadderWorkspaceResults *self)
{
  g_autoptr (LadderWorkspaceResult) result = NULL;
  g_autoptr (LadderWorkspaceMatch) match = NULL;

  g_return_val_if_fail (LADDER_IS_WORKSPACE_RESULTS (self), FALSE);

  if (self->results == NULL || (result = g_list_model_get_item (self->results, 0)) == NULL)
    return FALSE;

  match = g_list_model_get_item (ladder_workspace_result_get_matches (result), 0);
  if (match == NULL)
    return FALSE;

  g_signal_emit (self, signals[MATCH_ACTIVATED], 0, match);
  return TRUE;
}

void
ladder_workspace_results_set_workspace (LadderWorkspaceResults *self,
                                        LadderWorkspace        *workspace)
{
  g_return_if_fail (LADDER_IS_WORKSPACE_RESULTS (self));

  if (!g_set_object (&self->workspace, workspace))
    return;

  ladder_workspace_results_search (self, NULL);
}

gboolean
ladder_workspace_results_get_searching (LadderWorkspaceResults *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_RESULTS (self), FALSE);

  return self->cancellable != NULL;
}

/**
 * ladder_workspace_results_get_results:
 * @self: the results
 *
 * Returns: (transfer none) (nullable): the #LadderWorkspaceResult shown
 */
GListModel *
ladder_workspace_results_get_results (LadderWorkspaceResults *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_RESULTS (self), NULL);

  return self->results;
}

static void
ladder_workspace_results_dispose (GObject *object)
{
  LadderWorkspaceResults *self = (LadderWorkspaceResults *) object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->workspace);
  g_clear_object (&self->results);
  g_clear_object (&self->tree);
  g_clear_pointer (&self->query, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_WORKSPACE_RESULTS);

  G_OBJECT_CLASS (ladder_workspace_results_parent_class)->dispose (object);
}

static void
ladder_workspace_results_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  LadderWorkspaceResults *self = LADDER_WORKSPACE_RESULTS (object);

  switch (prop_id)
    {
    case PROP_SEARCHING:
      g_value_set_boolean (value, ladder_workspace_results_get_searching (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_workspace_results_class_init (LadderWorkspaceResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_workspace_results_dispose;
  object_class->get_property = ladder_workspace_results_get_property;

  properties[PROP_SEARCHING] =
    g_param_spec_boolean ("searching", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadderWorkspaceResults::match-activated:
   * @self: the results
   * @match: the #LadderWorkspaceMatch chosen
   */
  signals[MATCH_ACTIVATED] =
    g_signal_new ("match-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, LADDER_TYPE_WORKSPACE_MATCH);

  g_type_ensure (ADW_TYPE_STATUS_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ladder-workspace-results.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceResults, stack);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceResults, count_label);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceResults, list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ladder_workspace_results_init (LadderWorkspaceResults *self)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind), self);
  gtk_list_view_set_factory (self->list, factory);
  g_signal_connect (self->list, "activate", G_CALLBACK (on_activate), self);
}

GtkWidget *
ladder_workspace_results_new (void)
{
  return g_object_new (LADDER_TYPE_WORKSPACE_RESULTS, NULL);
}
