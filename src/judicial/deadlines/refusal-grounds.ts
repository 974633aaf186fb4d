import type { RequestType } from '../request-type.ts';

/** One ground on which the executing (requested) authority refuses a request, as recorded with a decision. */
export interface RefusalGround {
  /** Unique within its instrument, e.g. `ne_bis_in_idem`. */
  id: string;
  /** The provision, e.g. `FD 2002/584/JHA Art. 3(2)`. */
  article: string;
  /** Mandatory grounds oblige the authority to refuse; optional ones allow it to. */
  mandatory: boolean;
  title: string;
}

const EAW = 'FD 2002/584/JHA';
const EIO = 'Directive 2014/41/EU';
const MLA = '1959 Convention';
const EXTRADITION = '1957 Convention';

/** The refusal grounds of each instrument. */
export const REFUSAL_GROUNDS: Record<RequestType, readonly RefusalGround[]> = {
  eaw: [
    { id: 'amnesty', article: `${EAW} Art. 3(1)`, mandatory: true, title: 'the offence is covered by an amnesty in the executing state, which had jurisdiction' },
    { id: 'ne_bis_in_idem', article: `${EAW} Art. 3(2)`, mandatory: true, title: 'finally judged by a Member State for the same acts, the sentence served, being served or no longer enforceable' },
    { id: 'age', article: `${EAW} Art. 3(3)`, mandatory: true, title: 'under the age of criminal responsibility in the executing state' },
    { id: 'no_dual_criminality', article: `${EAW} Art. 4(1)`, mandatory: false, title: 'not an offence under the law of the executing state (outside the list of Art. 2(2))' },
    { id: 'pending_prosecution', article: `${EAW} Art. 4(2)`, mandatory: false, title: 'being prosecuted in the executing state for the same act' },
    { id: 'not_prosecuted', article: `${EAW} Art. 4(3)`, mandatory: false, title: 'the executing state decided not to prosecute or to halt proceedings, or a final judgment prevents further proceedings' },
    { id: 'statute_barred', article: `${EAW} Art. 4(4)`, mandatory: false, title: 'statute-barred under the law of the executing state, which had jurisdiction' },
    { id: 'third_state_judgment', article: `${EAW} Art. 4(5)`, mandatory: false, title: 'finally judged by a third state for the same acts, the sentence served, being served or no longer enforceable' },
    { id: 'sentence_executed_here', article: `${EAW} Art. 4(6)`, mandatory: false, title: 'a national or resident of the executing state, which undertakes to execute the sentence' },
    { id: 'territoriality', article: `${EAW} Art. 4(7)`, mandatory: false, title: 'committed in the executing state, or outside the issuing state where the executing state could not prosecute' },
    { id: 'in_absentia', article: `${EAW} Art. 4a(1)`, mandatory: false, title: 'the person did not appear at the trial resulting in the decision, none of the exceptions of Art. 4a(1)(a)–(d) applying' },
  ],
  eio: [
    { id: 'immunity', article: `${EIO} Art. 11(1)(a)`, mandatory: false, title: 'an immunity or privilege, or rules on the freedom of the press and of expression, make execution impossible' },
    { id: 'national_security', article: `${EIO} Art. 11(1)(b)`, mandatory: false, title: 'execution would harm essential national security interests' },
    { id: 'not_authorised_domestically', article: `${EIO} Art. 11(1)(c)`, mandatory: false, title: 'in non-criminal proceedings (Art. 4(b), (c)), the measure would not be authorised in a similar domestic case' },
    { id: 'ne_bis_in_idem', article: `${EIO} Art. 11(1)(d)`, mandatory: false, title: 'execution would be contrary to the principle of ne bis in idem' },
    { id: 'territoriality', article: `${EIO} Art. 11(1)(e)`, mandatory: false, title: 'committed outside the issuing state and wholly or partly in the executing state, where it is not an offence' },
    { id: 'fundamental_rights', article: `${EIO} Art. 11(1)(f)`, mandatory: false, title: 'execution would be incompatible with Art. 6 TEU and the Charter' },
    { id: 'no_dual_criminality', article: `${EIO} Art. 11(1)(g)`, mandatory: false, title: 'not an offence under the law of the executing state, unless an Annex D category punishable by at least 3 years' },
    { id: 'measure_restricted', article: `${EIO} Art. 11(1)(h)`, mandatory: false, title: 'the measure is restricted by the law of the executing state to offences or thresholds that do not cover this one' },
  ],
  mla: [
    { id: 'political_or_fiscal', article: `${MLA} Art. 2(a)`, mandatory: false, title: 'a political offence, an offence connected with one, or a fiscal offence' },
    { id: 'essential_interests', article: `${MLA} Art. 2(b)`, mandatory: false, title: 'execution would prejudice the sovereignty, security, ordre public or other essential interests of the requested party' },
  ],
  extradition: [
    { id: 'political_offence', article: `${EXTRADITION} Art. 3(1)`, mandatory: true, title: 'a political offence or an offence connected with one' },
    { id: 'discrimination', article: `${EXTRADITION} Art. 3(2)`, mandatory: true, title: 'the request is made to prosecute or punish on account of race, religion, nationality or political opinion' },
    { id: 'military_offence', article: `${EXTRADITION} Art. 4`, mandatory: true, title: 'an offence under military law that is not an offence under ordinary criminal law' },
    { id: 'fiscal_offence', article: `${EXTRADITION} Art. 5`, mandatory: false, title: 'a fiscal offence for which the parties have not agreed to extradite' },
    { id: 'own_national', article: `${EXTRADITION} Art. 6`, mandatory: false, title: 'a national of the requested party' },
    { id: 'place_of_commission', article: `${EXTRADITION} Art. 7`, mandatory: false, title: 'committed in whole or in part in the territory of the requested party' },
    { id: 'pending_proceedings', article: `${EXTRADITION} Art. 8`, mandatory: false, title: 'the requested party is proceeding against the person for the same offence' },
    { id: 'ne_bis_in_idem', article: `${EXTRADITION} Art. 9`, mandatory: true, title: 'finally judged by the requested party for the same offence' },
    { id: 'lapse_of_time', article: `${EXTRADITION} Art. 10`, mandatory: true, title: 'immune by reason of lapse of time under the law of either party' },
    { id: 'death_penalty', article: `${EXTRADITION} Art. 11`, mandatory: false, title: 'punishable by death in the requesting party and no sufficient assurance that it will not be carried out' },
  ],
};

/** The ground `id` of the instrument `type`, or undefined when it is not one of that instrument's grounds. */
export function refusalGround(type: RequestType, id: string): RefusalGround | undefined {
  return REFUSAL_GROUNDS[type].find((g) => g.id === id);
}
