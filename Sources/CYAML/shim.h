// libyaml through pkg-config (yaml-0.1). If the include below fails ('yaml.h' file not found),
// libyaml is not installed: see README.md, section "Installing libyaml".
#ifndef SPECSMITH_CYAML_SHIM_H
#define SPECSMITH_CYAML_SHIM_H
#include <yaml.h> /* libyaml is missing: see README.md#installing-libyaml (apt-get install libyaml-dev / brew install libyaml) */
#endif
