import { REFUSAL_GROUNDS } from './deadlines/refusal-grounds.ts';
import { EAW_LIST_OFFENCES } from './offences/eaw-list-offences.ts';
import { EIO_ANNEX_D } from './offences/eio-annex-d.ts';
import { ICCS_CATEGORIES } from './offences/iccs.ts';
import { EXAMPLE_NATIONAL_TABLES } from './offences/national-tables/index.ts';
import { NOTICE_PURPOSES } from './notices.ts';

/** The reference data officers and the console choose from: ICCS, the list offences, national tables, refusal grounds, notice colours. */
export function judicialTaxonomy() {
  return {
    iccs: ICCS_CATEGORIES,
    eawListOffences: EAW_LIST_OFFENCES,
    eioAnnexD: EIO_ANNEX_D,
    nationalTables: EXAMPLE_NATIONAL_TABLES.tables(),
    refusalGrounds: REFUSAL_GROUNDS,
    interpolNotices: NOTICE_PURPOSES,
  };
}
