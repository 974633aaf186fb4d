import { states } from 'mrz';
import { isCountryCode } from '../model/primitives.ts';

// ISO 3166-1 alpha-3 → alpha-2, as ICAO 9303 Part 3 uses alpha-3 on travel documents.
const ISO_PAIRS =
  'AFG AF ALA AX ALB AL DZA DZ ASM AS AND AD AGO AO AIA AI ATA AQ ATG AG ARG AR ARM AM ABW AW AUS AU AUT AT AZE AZ BHS BS BHR BH ' +
  'BGD BD BRB BB BLR BY BEL BE BLZ BZ BEN BJ BMU BM BTN BT BOL BO BES BQ BIH BA BWA BW BVT BV BRA BR IOT IO BRN BN BGR BG BFA BF ' +
  'BDI BI CPV CV KHM KH CMR CM CAN CA CYM KY CAF CF TCD TD CHL CL CHN CN CXR CX CCK CC COL CO COM KM COG CG COD CD COK CK CRI CR ' +
  'CIV CI HRV HR CUB CU CUW CW CYP CY CZE CZ DNK DK DJI DJ DMA DM DOM DO ECU EC EGY EG SLV SV GNQ GQ ERI ER EST EE SWZ SZ ETH ET ' +
  'FLK FK FRO FO FJI FJ FIN FI FRA FR GUF GF PYF PF ATF TF GAB GA GMB GM GEO GE DEU DE GHA GH GIB GI GRC GR GRL GL GRD GD GLP GP ' +
  'GUM GU GTM GT GGY GG GIN GN GNB GW GUY GY HTI HT HMD HM VAT VA HND HN HKG HK HUN HU ISL IS IND IN IDN ID IRN IR IRQ IQ IRL IE ' +
  'IMN IM ISR IL ITA IT JAM JM JPN JP JEY JE JOR JO KAZ KZ KEN KE KIR KI PRK KP KOR KR KWT KW KGZ KG LAO LA LVA LV LBN LB LSO LS ' +
  'LBR LR LBY LY LIE LI LTU LT LUX LU MAC MO MDG MG MWI MW MYS MY MDV MV MLI ML MLT MT MHL MH MTQ MQ MRT MR MUS MU MYT YT MEX MX ' +
  'FSM FM MDA MD MCO MC MNG MN MNE ME MSR MS MAR MA MOZ MZ MMR MM NAM NA NRU NR NPL NP NLD NL NCL NC NZL NZ NIC NI NER NE NGA NG ' +
  'NIU NU NFK NF MKD MK MNP MP NOR NO OMN OM PAK PK PLW PW PSE PS PAN PA PNG PG PRY PY PER PE PHL PH PCN PN POL PL PRT PT PRI PR ' +
  'QAT QA REU RE ROU RO RUS RU RWA RW BLM BL SHN SH KNA KN LCA LC MAF MF SPM PM VCT VC WSM WS SMR SM STP ST SAU SA SEN SN SRB RS ' +
  'SYC SC SLE SL SGP SG SXM SX SVK SK SVN SI SLB SB SOM SO ZAF ZA SGS GS SSD SS ESP ES LKA LK SDN SD SUR SR SJM SJ SWE SE CHE CH ' +
  'SYR SY TWN TW TJK TJ TZA TZ THA TH TLS TL TGO TG TKL TK TON TO TTO TT TUN TN TUR TR TKM TM TCA TC TUV TV UGA UG UKR UA ARE AE ' +
  'GBR GB USA US UMI UM URY UY UZB UZ VUT VU VEN VE VNM VN VGB VG VIR VI WLF WF ESH EH YEM YE ZMB ZM ZWE ZW';
// ICAO 9303 codes that are not ISO alpha-3 but name a state: Germany's `D`, the British nationality classes, Kosovo.
const ICAO_PAIRS = 'D DE GBD GB GBN GB GBO GB GBP GB GBS GB RKS XK XXK XK';

const TO_ALPHA2 = new Map<string, string>();
const TO_ICAO = new Map<string, string>();
for (const pairs of [ISO_PAIRS, ICAO_PAIRS]) {
  const words = pairs.split(' ');
  for (let i = 0; i < words.length; i += 2) {
    if (!isCountryCode(words[i + 1])) continue;
    TO_ALPHA2.set(words[i], words[i + 1]);
    if (!TO_ICAO.has(words[i + 1])) TO_ICAO.set(words[i + 1], words[i]);
  }
}

/** The fictional state of ICAO 9303's specimen documents (Utopia), accepted so that specimens read as valid. */
export const SPECIMEN_STATE = 'UTO';

/**
 * True when `code` is an ICAO 9303 Part 3 code for a state, an organisation or
 * a nationality status (e.g. `DEU`, `D`, `XXA` stateless, `EUE`), or the
 * specimen state `UTO`; as written in an MRZ without its `<` filler.
 */
export function isIcaoCode(code: string): boolean {
  return code === SPECIMEN_STATE || Object.hasOwn(states, code);
}

/** The ISO 3166-1 alpha-2 code of an ICAO 9303 code (`DEU` → `DE`, `D` → `DE`); undefined for organisations, statuses and `UTO`. */
export function alpha2Of(code: string): string | undefined {
  return TO_ALPHA2.get(code);
}

/** The ICAO 9303 (ISO alpha-3) code of an ISO 3166-1 alpha-2 code (`DE` → `DEU`). */
export function icaoOf(alpha2: string): string | undefined {
  return TO_ICAO.get(alpha2);
}

/** Every alpha-3 code with its alpha-2 code; for tests. */
export function icaoPairs(): [string, string][] {
  return [...TO_ALPHA2];
}
