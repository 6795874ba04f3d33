#ifndef SPECSMITH_CYAML_SHIM_H
#define SPECSMITH_CYAML_SHIM_H
#include <yaml.h>
#endif
