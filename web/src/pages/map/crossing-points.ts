/**
 * Public coordinates (WGS 84, of the airport's reference point, rounded) of the
 * airports the movement data and its synthetic generators use, under their
 * IATA and ICAO codes. Border crossing points (`BCP-…`) are national codes with
 * no public table: they are placed only by a location record of the same code.
 */
export interface CrossingPoint {
  name: string;
  lat: number;
  lon: number;
}

const AIRPORTS: [iata: string, icao: string, name: string, lat: number, lon: number][] = [
  ['AMS', 'EHAM', 'Amsterdam Schiphol airport', 52.3105, 4.7683],
  ['ARN', 'ESSA', 'Stockholm Arlanda airport', 59.6498, 17.9238],
  ['ATH', 'LGAV', 'Athens airport', 37.9364, 23.9445],
  ['BCN', 'LEBL', 'Barcelona airport', 41.2974, 2.0833],
  ['BEG', 'LYBE', 'Belgrade airport', 44.8184, 20.3091],
  ['BER', 'EDDB', 'Berlin Brandenburg airport', 52.3667, 13.5033],
  ['BRU', 'EBBR', 'Brussels airport', 50.9014, 4.4844],
  ['BUD', 'LHBP', 'Budapest airport', 47.4298, 19.2611],
  ['CDG', 'LFPG', 'Paris Charles de Gaulle airport', 49.0097, 2.5479],
  ['CGN', 'EDDK', 'Cologne Bonn airport', 50.8659, 7.1427],
  ['CPH', 'EKCH', 'Copenhagen airport', 55.618, 12.6508],
  ['DUB', 'EIDW', 'Dublin airport', 53.4264, -6.2499],
  ['DUS', 'EDDL', 'Düsseldorf airport', 51.2895, 6.7668],
  ['FCO', 'LIRF', 'Rome Fiumicino airport', 41.8003, 12.2389],
  ['FRA', 'EDDF', 'Frankfurt airport', 50.0379, 8.5622],
  ['GVA', 'LSGG', 'Geneva airport', 46.2381, 6.1089],
  ['HAM', 'EDDH', 'Hamburg airport', 53.6304, 9.9882],
  ['HEL', 'EFHK', 'Helsinki airport', 60.3172, 24.9633],
  ['IST', 'LTFM', 'Istanbul airport', 41.2753, 28.7519],
  ['KBP', 'UKBB', 'Kyiv Boryspil airport', 50.345, 30.8947],
  ['LHR', 'EGLL', 'London Heathrow airport', 51.47, -0.4543],
  ['LIN', 'LIML', 'Milan Linate airport', 45.4451, 9.2767],
  ['LIS', 'LPPT', 'Lisbon airport', 38.7742, -9.1342],
  ['LUX', 'ELLX', 'Luxembourg airport', 49.6233, 6.2044],
  ['LYS', 'LFLL', 'Lyon airport', 45.7256, 5.0811],
  ['MAD', 'LEMD', 'Madrid Barajas airport', 40.4983, -3.5676],
  ['MRS', 'LFML', 'Marseille airport', 43.4393, 5.2214],
  ['MUC', 'EDDM', 'Munich airport', 48.3538, 11.7861],
  ['MXP', 'LIMC', 'Milan Malpensa airport', 45.6306, 8.7281],
  ['NAP', 'LIRN', 'Naples airport', 40.886, 14.2908],
  ['NCE', 'LFMN', 'Nice airport', 43.6584, 7.2159],
  ['ORY', 'LFPO', 'Paris Orly airport', 48.7262, 2.3652],
  ['OSL', 'ENGM', 'Oslo airport', 60.1976, 11.1004],
  ['OTP', 'LROP', 'Bucharest airport', 44.5711, 26.085],
  ['PRG', 'LKPR', 'Prague airport', 50.1008, 14.26],
  ['SOF', 'LBSF', 'Sofia airport', 42.6967, 23.4114],
  ['SPU', 'LDSP', 'Split airport', 43.5389, 16.298],
  ['STR', 'EDDS', 'Stuttgart airport', 48.6899, 9.222],
  ['VCE', 'LIPZ', 'Venice airport', 45.5053, 12.3519],
  ['VIE', 'LOWW', 'Vienna airport', 48.1103, 16.5697],
  ['WAW', 'EPWA', 'Warsaw Chopin airport', 52.1657, 20.9671],
  ['ZAG', 'LDZA', 'Zagreb airport', 45.7429, 16.0688],
  ['ZRH', 'LSZH', 'Zurich airport', 47.4582, 8.5555],
];

const TABLE = new Map<string, CrossingPoint>();
for (const [iata, icao, name, lat, lon] of AIRPORTS) {
  TABLE.set(iata, { name, lat, lon });
  TABLE.set(icao, { name, lat, lon });
}

/** The known crossing point of a code (IATA or ICAO, any case), if it is in the table. */
export function knownCrossingPoint(code: string): CrossingPoint | undefined {
  return TABLE.get(code.trim().toUpperCase());
}
