#pragma once
// The engines forum-index knows, in the order detection asks them (engine_list.cpp).

#include <string_view>
#include <vector>

#include "indexer/extract/engine.hpp"

namespace forum {

// Every engine, in detection order: the first whose detect() says yes reads the page.
const std::vector<Engine>& engines();

// The engine of that name (--engine), or null.
const Engine* find_engine(std::string_view name);

}  // namespace forum
