/* ladder-test-history.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-history-private.h"
#include "ladder-markdown-export.h"
#include "ladder-model-private.h"

/* What the history's tests share: a clock moved by hand, a small family of
 * three roles of three bullets, its page, a role by position. */

/* The history's clock, which the tests move by hand: whether typing joins
 * a step never depends on how fast a test runs. */
static gint64 fake_now = 1000 * G_USEC_PER_SEC;

static inline gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static inline LadderHistory *
history_new (LadderFamily *family)
{
  LadderHistory *history = ladder_history_new (family);

  ladder_history_set_clock (history, fake_clock, NULL);
  return history;
}

static inline char *
page_of (LadderFamily *family)
{
  return g_string_free (ladder_markdown_export (family, LADDER_EXPORT_DEFAULT), FALSE);
}

static inline LadderFamily *
make_family (void)
{
  LadderFamily *family = ladder_family_new ();

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *title = g_strdup_printf ("Role %u", i);
      g_autoptr (LadderRole) role = ladder_role_new (title);

      for (guint j = 0; j < 3; j++)
        {
          g_autofree char *text = g_strdup_printf ("Bullet %u.%u", i, j);
          g_autoptr (LadderBullet) bullet = ladder_bullet_new (text);

          ladder_role_append_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, bullet);
        }
      ladder_family_append_role (family, role);
    }

  ladder_family_set_title (family, "Family");
  return family;
}

static inline LadderRole *
role_at (LadderFamily *family, guint position)
{
  LadderRole *role = g_list_model_get_item (ladder_family_get_roles (family), position);

  g_object_unref (role);
  return role;
}
