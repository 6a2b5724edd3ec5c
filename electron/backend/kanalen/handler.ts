/**
 * The shape of a channel handler, on its own so the channel files and the router both import it from
 * below them rather than from each other (ADR 0014: no import cycles, type-only ones included).
 */
import type { z } from 'zod';
import type { GeldigeInvoer, KanaalNaam, Kanalen } from '@shared/api';
import type { Sessiebeheer } from '../sessie';

/** A handler answers what the output schema accepts; the router parses it into the declared shape. */
export type Handler<K extends KanaalNaam> = (invoer: GeldigeInvoer<K>, sessie: Sessiebeheer) => Promise<z.input<Kanalen[K]['uitvoer']>>;
export type Handlers = { [K in KanaalNaam]: Handler<K> };
