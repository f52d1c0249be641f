#pragma once
// Every engine, each defined in its own file of this folder (NAME.cpp defines NAME_engine).
// engine_list.cpp puts them in the order detection asks them.

#include "indexer/extract/engine.hpp"

namespace forum {

extern const Engine discourse_engine;
extern const Engine ips4_engine;
extern const Engine mybb_engine;
extern const Engine nodebb_engine;
extern const Engine phpbb3_engine;
extern const Engine phpbb3_subsilver2_engine;
extern const Engine schemaorg_engine;
extern const Engine smf2_engine;
extern const Engine somethingawful_engine;
extern const Engine vbulletin3_engine;
extern const Engine vbulletin4_engine;
extern const Engine vbulletin5_engine;
extern const Engine xenforo1_engine;
extern const Engine xenforo2_engine;

}  // namespace forum
