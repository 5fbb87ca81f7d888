"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False in the static HTML and during hydration, true after: controls that need JavaScript appear only when it runs. */
export const useHydrated = () => useSyncExternalStore(subscribe, () => true, () => false);
