/* ladder-file-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sys/stat.h>

#include "ladder-file.h"

G_BEGIN_DECLS

int      ladder_file_spare_take (LadderFileSpare   *spare,
                                 const char        *folder,
                                 const struct stat *target,
                                 char             **path,
                                 struct stat       *taken);
uid_t    ladder_file_euid (void);
gboolean ladder_file_spare_keep (LadderFileSpare   *spare,
                                 const char        *folder,
                                 const char        *path,
                                 const struct stat *old);

G_END_DECLS
