/* GENERATED from schemas/study-report-1.1.schema.json by scripts/generate.ts. Do not edit: run "npm run generate". */

/**
 * A free note.
 */
export type Note = string
/**
 * Type of clinical study, as the paper or registry states it.
 */
export type StudyClinicalStudyType = (NotApplicable | NotReported | ClinicalStudyTypeValue)
/**
 * Where the manuscript reports this (e.g. "Methods 2.3, p. 4").
 */
export type Where = string
/**
 * A detail inside a value that the paper does not report (notReported) or that does not apply (notApplicable).
 */
export type DetailState = (NotReported | NotApplicable)
/**
 * Donor species of the MSCs.
 */
export type CellSourceSpecies = (NotApplicable | NotReported | SpeciesValue)
/**
 * Tissue the MSCs were isolated from.
 */
export type CellSourceTissue = (NotApplicable | NotReported | TissueValue)
/**
 * Relation of donor to recipient.
 */
export type CellSourceRelation = (NotApplicable | NotReported | DonorRelationValue)
/**
 * Donors: how many, pooled or not, age, sex and health.
 */
export type CellSourceDonors = (NotApplicable | NotReported | DonorsValue)
export type Text = string
/**
 * Where the cells came from: commercial supplier or laboratory, catalogue and lot numbers, RRID.
 */
export type CellSourceProvider = (NotApplicable | NotReported | ProviderValue)
export type Name = string
/**
 * Whether the cells are called stromal or stem cells, and why.
 */
export type CellSourceNomenclature = (NotApplicable | NotReported | NomenclatureValue)
/**
 * Ethics approval and donor consent for human tissue.
 */
export type CellSourceEthics = (NotApplicable | NotReported | EthicsValue)
/**
 * How the MSCs were isolated.
 */
export type IsolationExpansionIsolationMethod = (NotApplicable | NotReported | IsolationMethodValue)
/**
 * Identity of the cells by the ISCT minimal criteria: plastic adherence, surface markers, tri-lineage differentiation.
 */
export type IsolationExpansionIdentity = (NotApplicable | NotReported | IdentityValue)
export type Percent = number
/**
 * Expansion medium: basal medium and supplement.
 */
export type IsolationExpansionExpansionMedium = (NotApplicable | NotReported | ExpansionMediumValue)
/**
 * Passage at harvest (and population doublings).
 */
export type IsolationExpansionPassage = (NotApplicable | NotReported | PassageValue)
/**
 * Seeding density and confluence at conditioning.
 */
export type IsolationExpansionDensity = (NotApplicable | NotReported | DensityValue)
export type CellDensityUnit = ("cells/cm²" | "cells/cm2" | "cells/cm^2")
/**
 * Culture format.
 */
export type IsolationExpansionCultureFormat = (NotApplicable | NotReported | CultureFormatValue)
/**
 * Oxygen tension during expansion.
 */
export type IsolationExpansionOxygen = (NotApplicable | NotReported | OxygenValue)
/**
 * Mycoplasma test of the cell bank.
 */
export type IsolationExpansionMycoplasma = (NotApplicable | NotReported | MycoplasmaValue)
/**
 * Karyotype or STR identity of the cells.
 */
export type IsolationExpansionKaryotype = (NotApplicable | NotReported | KaryotypeValue)
/**
 * What was administered: whole or concentrated conditioned medium, an EV fraction, an EV-depleted fraction, a lyophilised secretome or a named product.
 */
export type ProductionPreparation = (NotApplicable | NotReported | PreparationValue)
/**
 * Whether the secretome was produced by the authors or purchased, and from whom.
 */
export type ProductionOrigin = (NotApplicable | NotReported | OriginValue)
/**
 * Medium during conditioning: serum-free, or with EV-depleted serum (and how it was depleted).
 */
export type ProductionConditioningMedium = (NotApplicable | NotReported | ConditioningMediumValue)
/**
 * How long the cells conditioned the medium.
 */
export type ProductionConditioningDuration = (NotApplicable | NotReported | DurationItem)
export type DurationUnit = ("s" | "sec" | "min" | "h" | "hr" | "hrs" | "hour" | "hours" | "d" | "day" | "days" | "wk" | "week" | "weeks" | "mo" | "month" | "months" | "y" | "yr" | "year" | "years")
/**
 * Cells at collection (number or confluence) and the conditioned volume.
 */
export type ProductionCellsAtCollection = (NotApplicable | NotReported | CellsAtCollectionValue)
export type VolumeUnit = ("nL" | "µL" | "μL" | "uL" | "mL" | "ml" | "L" | "l")
/**
 * Viability of the cells at collection.
 */
export type ProductionViabilityAtCollection = (NotApplicable | NotReported | ViabilityValue)
/**
 * Whether the cells were primed (preconditioned) before or during conditioning.
 */
export type ProductionPriming = (NotApplicable | NotReported | PrimingValue)
/**
 * Priming conditions: stimulus, strength and duration.
 */
export type ProductionPrimingConditions = (NotApplicable | NotReported | PrimingConditionsValue)
export type MassConcentrationUnit = ("pg/mL" | "pg/ml" | "ng/mL" | "ng/ml" | "µg/mL" | "μg/mL" | "ug/mL" | "µg/ml" | "μg/ml" | "ug/ml" | "mg/mL" | "mg/ml" | "mg/L" | "g/L" | "µg/µL" | "μg/μL" | "ug/uL")
/**
 * Clarification of the conditioned medium: centrifugation steps (×g, min) and filtration (µm).
 */
export type ProductionClarification = (NotApplicable | NotReported | ClarificationValue)
export type ForceUnit = ("×g" | "xg" | "x g" | "g" | "rcf" | "RCF" | "rpm")
export type LengthUnit = ("mm" | "cm")
export type TemperatureUnit = ("°C" | "ºC" | "℃" | "degC" | "Cel" | "K")
export type PoreSizeUnit = ("nm" | "µm" | "μm" | "um")
/**
 * Whether the medium was processed fresh or frozen before processing.
 */
export type ProductionPreConcentrationHandling = (NotApplicable | NotReported | PreConcentrationHandlingValue)
/**
 * How the medium was concentrated: method, device or membrane, MWCO and fold.
 */
export type ProductionConcentration = (NotApplicable | NotReported | ConcentrationValue)
export type MolecularWeightUnit = ("kDa" | "kD")
/**
 * How EVs were separated: methods and their settings.
 */
export type ProductionEvSeparation = (NotApplicable | NotReported | EvSeparationValue)
/**
 * Final buffer or vehicle the preparation was given in.
 */
export type ProductionVehicle = (NotApplicable | NotReported | VehicleValue)
/**
 * Manufacturing grade and facility.
 */
export type ProductionGmp = (NotApplicable | NotReported | GmpValue)
/**
 * A short identifier (letters, digits, . _ -).
 */
export type Id = string
/**
 * How the preparation was kept before use.
 */
export type StorageForm = (NotApplicable | NotReported | StorageFormValue)
/**
 * Storage temperature.
 */
export type StorageTemperature = (NotApplicable | NotReported | TemperatureItem)
/**
 * How long the preparation was stored before use.
 */
export type StorageDuration = (NotApplicable | NotReported | DurationItem)
/**
 * Number of freeze–thaw cycles before use.
 */
export type StorageFreezeThaw = (NotApplicable | NotReported | FreezeThawValue)
/**
 * Cryoprotectant or lyoprotectant and its concentration.
 */
export type StorageExcipient = (NotApplicable | NotReported | ExcipientValue)
export type ExcipientConcentrationUnit = ("%" | "% w/v" | "% v/v" | "mM" | "M" | "mg/mL" | "mg/ml" | "µg/mL" | "μg/mL" | "ug/mL")
/**
 * Vehicle and volume used to rehydrate a lyophilised preparation.
 */
export type StorageReconstitution = (NotApplicable | NotReported | ReconstitutionValue)
/**
 * Storage container.
 */
export type StorageContainer = (NotApplicable | NotReported | ContainerValue)
/**
 * Whether particles, protein or potency were retained after storage.
 */
export type StorageStability = (NotApplicable | NotReported | StabilityValue)
/**
 * Sterility test and result.
 */
export type QualityControlSterility = (NotApplicable | NotReported | SterilityValue)
/**
 * Endotoxin level and method.
 */
export type QualityControlEndotoxin = (NotApplicable | NotReported | EndotoxinValue)
export type EndotoxinUnit = ("EU/mL" | "EU/ml" | "EU/µg" | "EU/μg" | "EU/ug")
/**
 * Mycoplasma test of the final product.
 */
export type QualityControlMycoplasmaProduct = (NotApplicable | NotReported | ProductMycoplasmaValue)
/**
 * Viral safety tests of the product.
 */
export type QualityControlAdventitiousAgents = (NotApplicable | NotReported | AdventitiousAgentsValue)
/**
 * Process residuals tested (antibiotics, gradient media, PEG, serum proteins).
 */
export type QualityControlResiduals = (NotApplicable | NotReported | ResidualsValue)
/**
 * Batches used and their variation.
 */
export type QualityControlBatches = (NotApplicable | NotReported | BatchesValue)
/**
 * Potency assay, readout and acceptance limit.
 */
export type QualityControlPotency = (NotApplicable | NotReported | PotencyValue)
/**
 * Release tests with acceptance limits.
 */
export type QualityControlReleaseSpecification = (NotApplicable | NotReported | ReleaseSpecificationValue)
/**
 * Total protein concentration and assay.
 */
export type CharacterizationTotalProtein = (NotApplicable | NotReported | TotalProteinValue)
/**
 * Particle concentration and size, with method and settings.
 */
export type CharacterizationParticles = (NotApplicable | NotReported | ParticlesValue)
export type ParticleConcentrationUnit = ("particles/mL" | "particles/ml" | "particles/µL" | "particles/μL" | "particles/uL")
export type SizeUnit = "nm"
/**
 * Purity as particles per µg protein.
 */
export type CharacterizationPurity = (NotApplicable | NotReported | PurityValue)
/**
 * Single-vesicle imaging (TEM, cryo-EM, AFM), wide-field and close-up.
 */
export type CharacterizationImaging = (NotApplicable | NotReported | ImagingValue)
/**
 * EV markers present: at least one transmembrane/GPI-anchored and one cytosolic protein.
 */
export type CharacterizationEvMarkersPositive = (NotApplicable | NotReported | EvMarkersPositiveValue)
/**
 * Non-EV proteins checked for absence (calnexin, GRP94, GM130, histones).
 */
export type CharacterizationEvMarkersNegative = (NotApplicable | NotReported | EvMarkersNegativeValue)
/**
 * MSC markers on the EVs.
 */
export type CharacterizationOriginMarkers = (NotApplicable | NotReported | OriginMarkersValue)
/**
 * Named soluble factors and amounts, and how they were measured.
 */
export type CharacterizationSolubleFactors = (NotApplicable | NotReported | SolubleFactorsValue)
/**
 * Controls for the fraction: unconditioned medium processed the same way; the EV-depleted fraction.
 */
export type CharacterizationFractionControls = (NotApplicable | NotReported | FractionControlsValue)
/**
 * EV-TRACK identifier.
 */
export type CharacterizationEvTrackId = (NotApplicable | NotReported | EvTrackValue)
/**
 * Dose: amount, unit and basis, per administration or total.
 */
export type DoseDose = (NotApplicable | NotReported | DoseValue)
/**
 * Route of administration.
 */
export type DoseRoute = (NotApplicable | NotReported | RouteValue)
/**
 * Administered volume; for infusions the rate or duration.
 */
export type DoseVolume = (NotApplicable | NotReported | VolumeValue)
export type FlowRateUnit = ("µL/min" | "μL/min" | "uL/min" | "mL/min" | "ml/min" | "mL/h" | "ml/h")
/**
 * Number of administrations and interval.
 */
export type DoseRegimen = (NotApplicable | NotReported | RegimenValue)
/**
 * When treatment started relative to model induction or disease (preventive or therapeutic).
 */
export type DoseTiming = (NotApplicable | NotReported | TimingValue)
/**
 * Hydrogel or scaffold used to deliver the preparation.
 */
export type DoseCarrier = (NotApplicable | NotReported | CarrierValue)
/**
 * Other procedures or treatments the recipients received besides the secretome, and when.
 */
export type DoseCoInterventions = (NotApplicable | NotReported | CoInterventionsValue)
/**
 * Control groups: vehicle, processed unconditioned medium, EV-depleted fraction, parent MSCs, active comparator.
 */
export type DoseControls = (NotApplicable | NotReported | ControlsValue)
/**
 * Recipient animals: species, strain, sex, age, weight and source.
 */
export type DoseRecipients = (NotApplicable | NotReported | RecipientsValue)
export type BodyMassUnit = ("g" | "kg")
/**
 * In-vitro exposure: target cells, stimulus, dose and duration.
 */
export type DoseInVitroExposure = (NotApplicable | NotReported | InVitroExposureValue)
/**
 * Disease or pain model, or the clinical condition.
 */
export type OutcomesModel = (NotApplicable | NotReported | ModelValue)
/**
 * Primary outcome, named in advance.
 */
export type OutcomesPrimaryOutcome = (NotApplicable | NotReported | PrimaryOutcomeValue)
/**
 * Exact n per group and how it was chosen.
 */
export type OutcomesSampleSize = (NotApplicable | NotReported | SampleSizeValue)
/**
 * Randomisation method.
 */
export type OutcomesRandomisation = (NotApplicable | NotReported | RandomisationValue)
/**
 * Who was blinded.
 */
export type OutcomesBlinding = (NotApplicable | NotReported | BlindingValue)
/**
 * Behavioural tests: which, units and timepoints.
 */
export type OutcomesTests = (NotApplicable | NotReported | BehaviouralTestsValue)
/**
 * Clinical scales: pain intensity, function, global impression; timepoints and follow-up.
 */
export type OutcomesClinicalScales = (NotApplicable | NotReported | ClinicalScalesValue)
/**
 * Effect estimates: central value, spread, effect size with confidence interval.
 */
export type OutcomesEffectEstimates = (NotApplicable | NotReported | EffectEstimatesValue)
/**
 * Mechanistic readouts with tissue and timepoint.
 */
export type OutcomesMechanisticReadouts = (NotApplicable | NotReported | MechanisticReadoutsValue)
/**
 * Tissue or sample a readout was measured in.
 */
export type ReadoutTissue = ("nerve" | "drg" | "spinal-cord" | "brain" | "joint" | "skin" | "serum" | "csf" | "sciatic-nerve" | "peripheral-nervous-system" | "central-nervous-system" | "prefrontal-cortex" | "anterior-cingulate-cortex" | "somatosensory-cortex" | "hippocampus" | "amygdala" | "thalamus" | "hypothalamus" | "periaqueductal-grey" | "brainstem" | "cerebral-organoid" | "plasma" | "blood" | "synovial-fluid" | "synovial-membrane" | "cartilage" | "subchondral-bone" | "temporomandibular-joint" | "intervertebral-disc" | "annulus-fibrosus" | "nucleus-pulposus" | "lung" | "tendon" | "muscle" | "bladder" | "paw" | "cell-culture" | "culture-supernatant" | "other")
/**
 * Adverse events and how they were collected.
 */
export type OutcomesAdverseEvents = (NotApplicable | NotReported | AdverseEventsValue)
/**
 * Animals or participants excluded and why.
 */
export type OutcomesExclusions = (NotApplicable | NotReported | ExclusionsValue)
/**
 * Trial registry and identifier.
 */
export type OutcomesTrialRegistration = (NotApplicable | NotReported | TrialRegistrationValue)
/**
 * Affective or psychological measures of pain.
 */
export type OutcomesEmotionalDimension = (NotApplicable | NotReported | EmotionalDimensionValue)
/**
 * The pain test or clinical scale a result was measured with.
 */
export type ResultTest = ("von-frey" | "hargreaves" | "hot-plate" | "cold-plate" | "randall-selitto" | "acetone" | "pin-prick" | "tail-flick" | "weight-bearing" | "grimace" | "burrowing" | "gait" | "conditioned-place-preference" | "open-field" | "rotarod" | "plantar" | "incapacitance" | "electronic-von-frey" | "dynamic-plantar-aesthesiometer" | "cold-allodynia" | "formalin" | "writhing" | "paw-withdrawal-latency" | "vas" | "nrs" | "womac" | "koos" | "odi" | "bpi" | "dash" | "pgic" | "sf-36" | "eq-5d" | "lequesne" | "lefs" | "mpq" | "sf-mpq" | "promis" | "hads" | "pain-level-unspecified" | "other")
/**
 * What each outcome showed. Never scored: kept for the reader and for cross-study tables.
 * 
 * @minItems 1
 * @maxItems 200
 */
export type Results = Result[]

/**
 * One study of MSC secretome therapy, reported against the minimal parameter set (checklist 1.1). Any item may hold its value, { "notApplicable": "reason" }, { "notReported": true }, or be left out; so may any detail inside a value (e.g. a donor sex, a dose unit). A value that lacks details is incomplete, never invalid.
 */
export interface StudyReport {
/**
 * Optional link to this schema, for editors.
 */
$schema?: string
/**
 * Version of the checklist the document is written against.
 */
checklistVersion: "1.1"
study?: Study
cellSource?: CellSource
isolationExpansion?: IsolationExpansion
production?: Production
storage?: Storage
qualityControl?: QualityControl
characterization?: Characterization
doseAdministration?: DoseAdministration
outcomes?: Outcomes
}
/**
 * What the study is and its design.
 */
export interface Study {
/**
 * Title of the paper or study.
 */
title?: string
/**
 * Bibliographic reference.
 */
citation?: {
doi?: string
pmid?: string
year?: number
/**
 * First author et al.
 */
authors?: string
/**
 * Journal.
 */
journal?: string
/**
 * Title of the paper (when it differs from the study title).
 */
title?: string
}
/**
 * Further papers that report the same study (e.g. a review cites it as [118, 119]).
 * 
 * @minItems 1
 * @maxItems 20
 */
citations?: {
doi?: string
pmid?: string
year?: number
/**
 * First author et al.
 */
authors?: string
/**
 * Journal.
 */
journal?: string
/**
 * Title of the paper (when it differs from the study title).
 */
title?: string
}[]
/**
 * Study design(s); decides which items apply.
 * 
 * @minItems 1
 * @maxItems 3
 */
design?: ("in-vivo" | "in-vitro" | "clinical")[]
/**
 * Condition studied (e.g. neuropathic pain after nerve injury).
 */
condition?: string
note?: Note
clinicalStudyType?: StudyClinicalStudyType
/**
 * Where the manuscript reports this (e.g. "Methods 2.3, p. 4").
 */
where?: string
}
/**
 * The item does not apply to this study; say why. Counts as satisfied and leaves the score's denominator.
 */
export interface NotApplicable {
/**
 * Why the item does not apply.
 */
notApplicable: string
where?: Where
}
/**
 * Someone checked and the paper does not report this item. Counts as missing; the report says it was confirmed absent.
 */
export interface NotReported {
notReported: true
where?: Where
note?: Note
}
export interface ClinicalStudyTypeValue {
/**
 * Study type.
 */
value?: (DetailState | ("randomised-controlled" | "non-randomised-controlled" | "single-arm-open-label" | "open-label" | "case-series" | "case-report" | "registered-trial" | "other"))
/**
 * Details; required when value is "other".
 */
description?: string
where?: Where
note?: Note
}
/**
 * Where the MSCs came from.
 */
export interface CellSource {
species?: CellSourceSpecies
tissue?: CellSourceTissue
relation?: CellSourceRelation
donors?: CellSourceDonors
provider?: CellSourceProvider
nomenclature?: CellSourceNomenclature
ethics?: CellSourceEthics
}
export interface SpeciesValue {
/**
 * Donor species.
 */
value?: (DetailState | ("human" | "rat" | "mouse" | "pig" | "dog" | "cat" | "horse" | "sheep" | "goat" | "rabbit" | "cow" | "non-human-primate" | "other"))
/**
 * Free-text description; required when value is "other".
 */
description?: string
where?: Where
note?: Note
}
export interface TissueValue {
/**
 * Tissue of origin (perinatal, adult or alternative source).
 */
value?: (DetailState | ("umbilical-cord-whartons-jelly" | "umbilical-cord" | "umbilical-cord-blood" | "amniotic-membrane" | "amniotic-fluid" | "placenta" | "chorionic-villi" | "bone-marrow" | "adipose-tissue" | "skeletal-muscle" | "periosteum-cortical-bone" | "synovial-membrane" | "synovial-fluid" | "articular-cartilage" | "meniscus" | "liver" | "lung" | "dental-pulp" | "exfoliated-deciduous-teeth" | "gingiva" | "salivary-gland" | "endometrium" | "peripheral-blood" | "urine" | "breast-milk" | "ovarian-tissue" | "testicular-tissue" | "inflamed-synovial-fluid" | "menstrual-blood" | "ipsc-derived" | "other"))
/**
 * Free-text description; required when value is "other".
 */
description?: string
where?: Where
note?: Note
}
export interface DonorRelationValue {
/**
 * Donor–recipient relation.
 */
value?: (DetailState | ("autologous" | "allogeneic" | "xenogeneic"))
where?: Where
note?: Note
}
export interface DonorsValue {
/**
 * Number of donors.
 */
count?: (DetailState | number)
/**
 * Whether cells or secretome of several donors were pooled.
 */
pooled?: (DetailState | boolean)
/**
 * Donor age range in years.
 */
ageYears?: (DetailState | {
min?: (DetailState | number)
max?: (DetailState | number)
})
/**
 * Donor sex(es).
 */
sex?: (DetailState | ("female" | "male" | "unknown" | "mixed")[])
/**
 * Donor health status (e.g. healthy, osteoarthritis patients).
 */
health?: (DetailState | Text)
where?: Where
note?: Note
}
export interface ProviderValue {
/**
 * Kind of provider.
 */
type?: (DetailState | ("commercial" | "academic-lab" | "biobank" | "in-house"))
/**
 * Supplier or laboratory.
 */
name?: (DetailState | Name)
/**
 * Catalogue number.
 */
catalogueNumber?: (DetailState | Name)
/**
 * Lot or batch number.
 */
lot?: (DetailState | Name)
/**
 * Research Resource Identifier, e.g. RRID:CVCL_0001.
 */
rrid?: (DetailState | string)
where?: Where
note?: Note
}
export interface NomenclatureValue {
/**
 * Term used for the "S" in MSC.
 */
term?: (DetailState | ("stromal" | "stem" | "signalling" | "other"))
/**
 * Evidence for stemness claims (e.g. in-vivo self-renewal), per the ISCT 2019 statement.
 */
justification?: (DetailState | Text)
/**
 * Required when term is "other".
 */
description?: string
where?: Where
note?: Note
}
export interface EthicsValue {
/**
 * Approving committee and reference number.
 */
approval?: (DetailState | Name)
/**
 * Written informed consent was obtained from donors.
 */
consent?: (DetailState | boolean)
where?: Where
note?: Note
}
/**
 * How the MSCs were isolated, identified and expanded.
 */
export interface IsolationExpansion {
isolationMethod?: IsolationExpansionIsolationMethod
identity?: IsolationExpansionIdentity
expansionMedium?: IsolationExpansionExpansionMedium
passage?: IsolationExpansionPassage
density?: IsolationExpansionDensity
cultureFormat?: IsolationExpansionCultureFormat
oxygen?: IsolationExpansionOxygen
mycoplasma?: IsolationExpansionMycoplasma
karyotype?: IsolationExpansionKaryotype
}
export interface IsolationMethodValue {
/**
 * Isolation method.
 */
value?: (DetailState | ("explant" | "enzymatic-digestion" | "density-gradient-adherence" | "adherence" | "purchased" | "other"))
/**
 * Free-text description; required when value is "other".
 */
description?: string
/**
 * Enzyme and concentration for enzymatic digestion.
 */
enzyme?: (DetailState | Name)
where?: Where
note?: Note
}
export interface IdentityValue {
/**
 * Cells were plastic-adherent.
 */
plasticAdherence?: (DetailState | boolean)
/**
 * Markers expected positive (CD73, CD90, CD105 ≥95 %).
 */
positiveMarkers?: (DetailState | MarkerResult[])
/**
 * Markers expected negative (CD45, CD34, CD14 or CD11b, CD79a or CD19, HLA-DR ≤2 %).
 */
negativeMarkers?: (DetailState | MarkerResult[])
/**
 * How markers were measured (e.g. flow cytometry).
 */
method?: (DetailState | Name)
/**
 * Tri-lineage differentiation assays.
 */
differentiation?: (DetailState | {
/**
 * Lineage.
 */
lineage?: (DetailState | ("osteogenic" | "adipogenic" | "chondrogenic"))
/**
 * Induction and staining (e.g. Alizarin Red after 21 days).
 */
method?: (DetailState | Name)
/**
 * Outcome.
 */
result?: (DetailState | ("positive" | "negative"))
}[])
where?: Where
note?: Note
}
export interface MarkerResult {
/**
 * Marker (e.g. CD73).
 */
marker?: (DetailState | Name)
/**
 * Cells positive, in %.
 */
percent?: (DetailState | Percent)
}
export interface ExpansionMediumValue {
/**
 * Basal medium (e.g. α-MEM, DMEM low glucose).
 */
basalMedium?: (DetailState | Name)
/**
 * Serum or serum substitute.
 */
supplement?: (DetailState | {
/**
 * Supplement type.
 */
type?: (DetailState | ("fbs" | "human-platelet-lysate" | "human-serum" | "serum-free" | "xeno-free" | "other"))
/**
 * Concentration in %.
 */
percent?: (DetailState | Percent)
/**
 * Product name for serum-free or xeno-free media.
 */
product?: (DetailState | Name)
/**
 * Required when type is "other".
 */
description?: string
})
/**
 * Antibiotics used.
 */
antibiotics?: (DetailState | Name)
where?: Where
note?: Note
}
export interface PassageValue {
/**
 * Passage number.
 */
passage?: (DetailState | number)
/**
 * Lowest passage used.
 */
min?: (DetailState | number)
/**
 * Highest passage used.
 */
max?: (DetailState | number)
/**
 * Cumulative population doublings.
 */
populationDoublings?: (DetailState | number)
where?: Where
note?: Note
}
export interface DensityValue {
seedingDensity?: (DetailState | CellDensity)
/**
 * Confluence when conditioning started.
 */
confluencePercent?: (DetailState | Percent)
where?: Where
note?: Note
}
/**
 * Cells per area.
 */
export interface CellDensity {
value?: (DetailState | number)
unit?: (DetailState | CellDensityUnit)
}
export interface CultureFormatValue {
/**
 * Culture format.
 */
value?: (DetailState | ("2d" | "3d-spheroid" | "microcarrier" | "bioreactor" | "scaffold" | "hollow-fibre" | "other"))
/**
 * Free-text description; required when value is "other".
 */
description?: string
where?: Where
note?: Note
}
export interface OxygenValue {
/**
 * O₂ in % (21 = ambient air).
 */
percent?: (DetailState | Percent)
where?: Where
note?: Note
}
export interface MycoplasmaValue {
/**
 * The cells were tested.
 */
tested?: (DetailState | boolean)
/**
 * Test method (PCR, culture, luminescence kit).
 */
method?: (DetailState | Name)
/**
 * Result.
 */
result?: (DetailState | ("negative" | "positive"))
where?: Where
note?: Note
}
export interface KaryotypeValue {
/**
 * Method.
 */
method?: (DetailState | ("g-banding" | "str-profiling" | "array-cgh" | "other"))
/**
 * Result (e.g. normal 46,XY).
 */
result?: (DetailState | Name)
/**
 * Required when method is "other".
 */
description?: string
where?: Where
note?: Note
}
/**
 * How the secretome was produced and processed. Section-level values apply to every preparation; entries in "preparations" declare each preparation and hold values that differ.
 */
export interface Production {
preparation?: ProductionPreparation
origin?: ProductionOrigin
conditioningMedium?: ProductionConditioningMedium
conditioningDuration?: ProductionConditioningDuration
cellsAtCollection?: ProductionCellsAtCollection
viabilityAtCollection?: ProductionViabilityAtCollection
priming?: ProductionPriming
primingConditions?: ProductionPrimingConditions
clarification?: ProductionClarification
preConcentrationHandling?: ProductionPreConcentrationHandling
concentration?: ProductionConcentration
evSeparation?: ProductionEvSeparation
vehicle?: ProductionVehicle
gmp?: ProductionGmp
/**
 * Each preparation studied (e.g. whole conditioned medium, EVs, EV-depleted fraction).
 * 
 * @minItems 1
 * @maxItems 50
 */
preparations?: Preparation[]
}
export interface PreparationValue {
/**
 * Kind of preparation.
 */
value?: (DetailState | ("conditioned-medium" | "concentrated-conditioned-medium" | "small-ev" | "large-ev" | "ev" | "ev-depleted-conditioned-medium" | "lyophilised-secretome" | "commercial-product" | "cells-in-conditioned-medium" | "other"))
/**
 * Free-text description; required when value is "other".
 */
description?: string
/**
 * Commercial product name (required for commercial-product).
 */
productName?: (DetailState | Name)
/**
 * Which fractions the preparation contains, when its type does not say (e.g. for a commercial product).
 */
fractions?: (DetailState | ("ev" | "soluble")[])
where?: Where
note?: Note
}
export interface OriginValue {
/**
 * Origin of the secretome.
 */
value?: (DetailState | ("self-produced" | "purchased" | "other"))
/**
 * Who produced or sold it (e.g. Theratome Bio, Inc.; a GMP laboratory).
 */
supplier?: (DetailState | Name)
/**
 * Details; required when value is "other".
 */
description?: string
where?: Where
note?: Note
}
export interface ConditioningMediumValue {
/**
 * Basal medium.
 */
basalMedium?: (DetailState | Name)
/**
 * Serum status.
 */
serum?: (DetailState | ("serum-free" | "ev-depleted-serum" | "ev-depleted-platelet-lysate" | "serum-containing" | "other"))
/**
 * How serum EVs were removed (e.g. 18 h at 100,000 ×g).
 */
depletionMethod?: (DetailState | Name)
/**
 * Other supplements.
 */
supplements?: (DetailState | Name)
/**
 * Phenol-red-free medium.
 */
phenolRedFree?: (DetailState | boolean)
/**
 * Required when serum is "other".
 */
description?: string
where?: Where
note?: Note
}
export interface DurationItem {
value?: (DetailState | number)
unit?: (DetailState | DurationUnit)
where?: Where
note?: Note
}
export interface CellsAtCollectionValue {
/**
 * Cells at collection (a number: 2×10^6 is 2000000).
 */
cellCount?: (DetailState | number)
/**
 * Confluence at collection.
 */
confluencePercent?: (DetailState | Percent)
conditionedVolume?: (DetailState | Volume)
/**
 * Conditioned volume per 10⁶ cells.
 */
volumePerMillionCells?: (DetailState | Volume)
where?: Where
note?: Note
}
/**
 * A volume.
 */
export interface Volume {
/**
 * The volume.
 */
value?: (DetailState | number)
unit?: (DetailState | VolumeUnit)
/**
 * A range instead of one value (e.g. 350–450 µL).
 */
range?: (DetailState | Range)
}
/**
 * A range as the paper states it (e.g. 1–2 mg/kg, 350–450 µL).
 */
export interface Range {
min?: (DetailState | number)
max?: (DetailState | number)
}
export interface ViabilityValue {
/**
 * Viable cells in %.
 */
percent?: (DetailState | Percent)
/**
 * Method (e.g. trypan blue).
 */
method?: (DetailState | Name)
where?: Where
note?: Note
}
export interface PrimingValue {
/**
 * Priming was applied.
 */
applied?: (DetailState | boolean)
where?: Where
note?: Note
}
export interface PrimingConditionsValue {
/**
 * Each priming stimulus.
 */
stimuli?: (DetailState | {
/**
 * Kind of stimulus.
 */
type?: (DetailState | ("hypoxia" | "cytokine" | "lps" | "three-d-culture" | "drug" | "genetic" | "mechanical" | "other"))
/**
 * Agent (e.g. IFN-γ, TNF-α, deferoxamine).
 */
agent?: (DetailState | Name)
/**
 * O₂ in % for hypoxia.
 */
oxygenPercent?: (DetailState | Percent)
concentration?: (DetailState | MassConcentration)
duration?: (DetailState | Duration)
/**
 * Details; required when type is "other".
 */
description?: string
}[])
where?: Where
note?: Note
}
/**
 * A mass concentration.
 */
export interface MassConcentration {
value?: (DetailState | number)
unit?: (DetailState | MassConcentrationUnit)
}
/**
 * A length of time.
 */
export interface Duration {
value?: (DetailState | number)
unit?: (DetailState | DurationUnit)
}
export interface ClarificationValue {
/**
 * Steps in order.
 */
steps?: (DetailState | {
/**
 * Step.
 */
method?: (DetailState | ("centrifugation" | "filtration"))
force?: (DetailState | Force)
duration?: (DetailState | Duration)
/**
 * Rotor model (e.g. "SW 32 Ti").
 */
rotor?: (DetailState | Name)
/**
 * Rotor radius; needed to derive ×g when the speed is in rpm.
 */
rotorRadius?: (DetailState | Length)
/**
 * Rotor k-factor (clearing factor).
 */
kFactor?: (DetailState | number)
temperature?: (DetailState | Temperature)
poreSize?: (DetailState | PoreSize)
}[])
where?: Where
note?: Note
}
/**
 * Centrifugal force (×g) or speed (rpm).
 */
export interface Force {
value?: (DetailState | number)
unit?: (DetailState | ForceUnit)
}
/**
 * A length.
 */
export interface Length {
value?: (DetailState | number)
unit?: (DetailState | LengthUnit)
}
/**
 * A temperature.
 */
export interface Temperature {
value?: (DetailState | number)
unit?: (DetailState | TemperatureUnit)
}
/**
 * Filter pore size.
 */
export interface PoreSize {
value?: (DetailState | number)
unit?: (DetailState | PoreSizeUnit)
}
export interface PreConcentrationHandlingValue {
/**
 * Handling.
 */
value?: (DetailState | ("processed-fresh" | "frozen-before-processing"))
temperature?: (DetailState | Temperature)
duration?: (DetailState | Duration)
where?: Where
note?: Note
}
export interface ConcentrationValue {
/**
 * Method.
 */
method?: (DetailState | ("none" | "centrifugal-ultrafiltration" | "tangential-flow-filtration" | "lyophilisation" | "peg-precipitation" | "ultracentrifugation" | "other"))
/**
 * Device or membrane (e.g. Amicon Ultra-15).
 */
device?: (DetailState | Name)
mwco?: (DetailState | MolecularWeight)
/**
 * Fold concentration.
 */
fold?: (DetailState | number)
/**
 * Required when method is "other".
 */
description?: string
where?: Where
note?: Note
/**
 * The secretome was concentrated (when the method is not stated).
 */
concentrated?: (DetailState | boolean)
}
/**
 * Molecular-weight cut-off.
 */
export interface MolecularWeight {
value?: (DetailState | number)
unit?: (DetailState | MolecularWeightUnit)
}
export interface EvSeparationValue {
/**
 * Methods in order.
 */
methods?: (DetailState | {
/**
 * Method.
 */
method?: (DetailState | ("differential-ultracentrifugation" | "density-gradient" | "size-exclusion-chromatography" | "ultrafiltration" | "tangential-flow-filtration" | "precipitation" | "immunoaffinity" | "asymmetric-flow-field-flow-fractionation" | "other"))
force?: (DetailState | Force)
duration?: (DetailState | Duration)
/**
 * Rotor model (e.g. "SW 32 Ti").
 */
rotor?: (DetailState | Name)
/**
 * Rotor radius; needed to derive ×g when the speed is in rpm.
 */
rotorRadius?: (DetailState | Length)
/**
 * Rotor k-factor (clearing factor).
 */
kFactor?: (DetailState | number)
temperature?: (DetailState | Temperature)
/**
 * Kit or column (e.g. qEV original 70 nm).
 */
product?: (DetailState | Name)
/**
 * Details; required when method is "other".
 */
description?: string
}[])
where?: Where
note?: Note
}
export interface VehicleValue {
/**
 * Vehicle.
 */
value?: (DetailState | ("pbs" | "saline" | "culture-medium" | "hydrogel" | "other"))
/**
 * Free-text description; required when value is "other".
 */
description?: string
/**
 * Added excipients.
 */
excipients?: (DetailState | Name)
where?: Where
note?: Note
}
export interface GmpValue {
/**
 * Grade.
 */
grade?: (DetailState | ("gmp" | "gmp-like" | "research-grade"))
/**
 * Facility.
 */
facility?: (DetailState | Name)
where?: Where
note?: Note
}
export interface Preparation {
id: Id
/**
 * Label used in the paper.
 */
label?: string
preparation?: ProductionPreparation
origin?: ProductionOrigin
conditioningMedium?: ProductionConditioningMedium
conditioningDuration?: ProductionConditioningDuration
cellsAtCollection?: ProductionCellsAtCollection
viabilityAtCollection?: ProductionViabilityAtCollection
priming?: ProductionPriming
primingConditions?: ProductionPrimingConditions
clarification?: ProductionClarification
preConcentrationHandling?: ProductionPreConcentrationHandling
concentration?: ProductionConcentration
evSeparation?: ProductionEvSeparation
vehicle?: ProductionVehicle
gmp?: ProductionGmp
}
/**
 * How the preparation was stored before use.
 */
export interface Storage {
form?: StorageForm
temperature?: StorageTemperature
duration?: StorageDuration
freezeThaw?: StorageFreezeThaw
excipient?: StorageExcipient
reconstitution?: StorageReconstitution
container?: StorageContainer
stability?: StorageStability
/**
 * Values that differ between preparations. Each entry names a preparation declared in production.preparations; the section-level value applies to the rest.
 * 
 * @maxItems 50
 */
preparations?: StoragePreparation[]
}
export interface StorageFormValue {
/**
 * Storage form; "fresh" means used without storage.
 */
value?: (DetailState | ("fresh" | "frozen" | "lyophilised" | "refrigerated" | "other"))
/**
 * Free-text description; required when value is "other".
 */
description?: string
where?: Where
note?: Note
/**
 * Other forms used for the same preparation (e.g. "−80 °C or freshly used").
 */
alternatives?: (DetailState | ("fresh" | "frozen" | "lyophilised" | "refrigerated")[])
}
export interface TemperatureItem {
value?: (DetailState | number)
unit?: (DetailState | TemperatureUnit)
where?: Where
note?: Note
}
export interface FreezeThawValue {
/**
 * Cycles.
 */
cycles?: (DetailState | number)
where?: Where
note?: Note
}
export interface ExcipientValue {
/**
 * Substances.
 */
substances?: (DetailState | {
/**
 * Substance.
 */
name?: (DetailState | ("trehalose" | "mannitol" | "sucrose" | "albumin" | "dmso" | "other"))
/**
 * Concentration.
 */
concentration?: (DetailState | ExcipientConcentration)
/**
 * Required when name is "other".
 */
description?: string
}[])
where?: Where
note?: Note
}
export interface ExcipientConcentration {
value?: (DetailState | number)
unit?: (DetailState | ExcipientConcentrationUnit)
}
export interface ReconstitutionValue {
/**
 * Vehicle (e.g. sterile water).
 */
vehicle?: (DetailState | Name)
volume?: (DetailState | Volume)
where?: Where
note?: Note
}
export interface ContainerValue {
/**
 * Container.
 */
value?: (DetailState | ("low-binding-tube" | "polypropylene-tube" | "glass-vial" | "cryovial" | "other"))
/**
 * Free-text description; required when value is "other".
 */
description?: string
where?: Where
note?: Note
}
export interface StabilityValue {
/**
 * Stability was assessed.
 */
assessed?: (DetailState | boolean)
/**
 * Readouts.
 */
readouts?: (DetailState | {
/**
 * What was measured.
 */
measure?: (DetailState | ("particles" | "protein" | "potency" | "size" | "other"))
/**
 * Retained relative to fresh, in %.
 */
retainedPercent?: (DetailState | number)
after?: (DetailState | Duration)
/**
 * Details.
 */
description?: string
}[])
where?: Where
note?: Note
}
export interface StoragePreparation {
preparationId: Id
form?: StorageForm
temperature?: StorageTemperature
duration?: StorageDuration
freezeThaw?: StorageFreezeThaw
excipient?: StorageExcipient
reconstitution?: StorageReconstitution
container?: StorageContainer
stability?: StorageStability
}
/**
 * Safety and quality tests of the product.
 */
export interface QualityControl {
sterility?: QualityControlSterility
endotoxin?: QualityControlEndotoxin
mycoplasmaProduct?: QualityControlMycoplasmaProduct
adventitiousAgents?: QualityControlAdventitiousAgents
residuals?: QualityControlResiduals
batches?: QualityControlBatches
potency?: QualityControlPotency
releaseSpecification?: QualityControlReleaseSpecification
/**
 * Values that differ between preparations. Each entry names a preparation declared in production.preparations; the section-level value applies to the rest.
 * 
 * @maxItems 50
 */
preparations?: QualityControlPreparation[]
}
export interface SterilityValue {
/**
 * Method (e.g. Ph. Eur. 2.6.27, BacT/ALERT).
 */
method?: (DetailState | Name)
/**
 * Result.
 */
result?: (DetailState | ("pass" | "fail"))
where?: Where
note?: Note
}
export interface EndotoxinValue {
/**
 * Method.
 */
method?: (DetailState | ("lal-chromogenic" | "lal-gel-clot" | "lal-turbidimetric" | "recombinant-factor-c" | "other"))
level?: (DetailState | Endotoxin)
/**
 * Below the limit of detection.
 */
belowDetection?: (DetailState | boolean)
limitOfDetection?: (DetailState | Endotoxin)
/**
 * Required when method is "other".
 */
description?: string
where?: Where
note?: Note
}
/**
 * Endotoxin level.
 */
export interface Endotoxin {
value?: (DetailState | number)
unit?: (DetailState | EndotoxinUnit)
}
export interface ProductMycoplasmaValue {
/**
 * Method.
 */
method?: (DetailState | Name)
/**
 * Result.
 */
result?: (DetailState | ("negative" | "positive"))
where?: Where
note?: Note
}
export interface AdventitiousAgentsValue {
/**
 * Tests (e.g. HIV-1/2, HBV, HCV PCR).
 */
tests?: (DetailState | Name[])
/**
 * Result.
 */
result?: (DetailState | ("negative" | "positive"))
where?: Where
note?: Note
}
export interface ResidualsValue {
/**
 * Analytes tested.
 */
analytes?: (DetailState | Name[])
/**
 * Findings.
 */
result?: (DetailState | Text)
where?: Where
note?: Note
}
export interface BatchesValue {
/**
 * Number of batches.
 */
count?: (DetailState | number)
/**
 * Batch identifiers.
 */
identifiers?: (DetailState | Name[])
/**
 * Batch-to-batch variation.
 */
variation?: (DetailState | Text)
where?: Where
note?: Note
}
export interface PotencyValue {
/**
 * Assay.
 */
assay?: (DetailState | ("t-cell-suppression" | "macrophage-polarisation" | "nf-kb-reporter" | "neuronal-assay" | "glial-assay" | "angiogenesis" | "wound-healing" | "other"))
/**
 * Readout.
 */
readout?: (DetailState | Name)
/**
 * Acceptance limit.
 */
acceptanceLimit?: (DetailState | Name)
/**
 * Required when assay is "other".
 */
description?: string
where?: Where
note?: Note
}
export interface ReleaseSpecificationValue {
/**
 * Tests.
 */
tests?: (DetailState | {
/**
 * Test.
 */
test?: (DetailState | Name)
/**
 * Acceptance limit.
 */
limit?: (DetailState | Name)
}[])
where?: Where
note?: Note
}
export interface QualityControlPreparation {
preparationId: Id
sterility?: QualityControlSterility
endotoxin?: QualityControlEndotoxin
mycoplasmaProduct?: QualityControlMycoplasmaProduct
adventitiousAgents?: QualityControlAdventitiousAgents
residuals?: QualityControlResiduals
batches?: QualityControlBatches
potency?: QualityControlPotency
releaseSpecification?: QualityControlReleaseSpecification
}
/**
 * What the preparation contains.
 */
export interface Characterization {
totalProtein?: CharacterizationTotalProtein
particles?: CharacterizationParticles
purity?: CharacterizationPurity
imaging?: CharacterizationImaging
evMarkersPositive?: CharacterizationEvMarkersPositive
evMarkersNegative?: CharacterizationEvMarkersNegative
originMarkers?: CharacterizationOriginMarkers
solubleFactors?: CharacterizationSolubleFactors
fractionControls?: CharacterizationFractionControls
evTrackId?: CharacterizationEvTrackId
/**
 * Values that differ between preparations. Each entry names a preparation declared in production.preparations; the section-level value applies to the rest.
 * 
 * @maxItems 50
 */
preparations?: CharacterizationPreparation[]
}
export interface TotalProteinValue {
concentration?: (DetailState | MassConcentration)
/**
 * Assay.
 */
assay?: (DetailState | ("bca" | "bradford" | "qubit" | "lowry" | "absorbance-280" | "other"))
/**
 * Required when assay is "other".
 */
description?: string
where?: Where
note?: Note
}
export interface ParticlesValue {
concentration?: (DetailState | ParticleConcentration)
/**
 * Size distribution.
 */
size?: (DetailState | {
mode?: (DetailState | number)
mean?: (DetailState | number)
median?: (DetailState | number)
sd?: (DetailState | number)
unit?: (DetailState | SizeUnit)
})
/**
 * Method.
 */
method?: (DetailState | ("nta" | "trps" | "nano-flow-cytometry" | "dls" | "other"))
/**
 * Instrument.
 */
instrument?: (DetailState | Name)
/**
 * Acquisition settings (camera level, detection threshold).
 */
settings?: (DetailState | Text)
/**
 * Required when method is "other".
 */
description?: string
where?: Where
note?: Note
}
/**
 * Particles per volume.
 */
export interface ParticleConcentration {
value?: (DetailState | number)
unit?: (DetailState | ParticleConcentrationUnit)
}
export interface PurityValue {
/**
 * Particles per µg protein.
 */
particlesPerMicrogram?: (DetailState | number)
where?: Where
note?: Note
}
export interface ImagingValue {
/**
 * Method.
 */
method?: (DetailState | ("tem" | "cryo-em" | "afm" | "sem" | "other"))
/**
 * A wide-field image is shown.
 */
wideField?: (DetailState | boolean)
/**
 * A close-up image is shown.
 */
closeUp?: (DetailState | boolean)
/**
 * Required when method is "other".
 */
description?: string
where?: Where
note?: Note
}
export interface EvMarkersPositiveValue {
/**
 * Transmembrane or GPI-anchored markers (CD9, CD63, CD81).
 */
transmembrane?: (DetailState | Name[])
/**
 * Cytosolic markers (TSG101, ALIX, syntenin).
 */
cytosolic?: (DetailState | Name[])
/**
 * Method.
 */
method?: (DetailState | ("western-blot" | "flow-cytometry" | "elisa" | "mass-spectrometry" | "other"))
/**
 * Details; required when the method is "other".
 */
description?: string
where?: Where
note?: Note
}
export interface EvMarkersNegativeValue {
/**
 * Markers.
 */
markers?: (DetailState | Name[])
/**
 * Method.
 */
method?: (DetailState | ("western-blot" | "flow-cytometry" | "elisa" | "mass-spectrometry" | "other"))
/**
 * Details; required when the method is "other".
 */
description?: string
where?: Where
note?: Note
}
export interface OriginMarkersValue {
/**
 * Present (CD44, CD73, CD105).
 */
positive?: (DetailState | Name[])
/**
 * Absent (CD45, CD11b).
 */
negative?: (DetailState | Name[])
where?: Where
note?: Note
}
export interface SolubleFactorsValue {
/**
 * Methods.
 */
methods?: (DetailState | ("cytokine-array" | "elisa" | "multiplex-immunoassay" | "proteomics" | "lipidomics" | "mirna-sequencing" | "rna-sequencing" | "other")[])
/**
 * Factors and amounts.
 */
factors?: (DetailState | {
/**
 * Factor.
 */
name?: (DetailState | Name)
amount?: (DetailState | MassConcentration)
}[])
/**
 * Details; required when the methods is "other".
 */
description?: string
where?: Where
note?: Note
}
export interface FractionControlsValue {
/**
 * Unconditioned medium processed identically.
 */
unconditionedMedium?: (DetailState | boolean)
/**
 * EV-depleted fraction tested.
 */
evDepletedFraction?: (DetailState | boolean)
/**
 * Details.
 */
description?: string
where?: Where
note?: Note
}
export interface EvTrackValue {
/**
 * EV-TRACK ID, e.g. EV230001.
 */
id?: (DetailState | string)
where?: Where
note?: Note
}
export interface CharacterizationPreparation {
preparationId: Id
totalProtein?: CharacterizationTotalProtein
particles?: CharacterizationParticles
purity?: CharacterizationPurity
imaging?: CharacterizationImaging
evMarkersPositive?: CharacterizationEvMarkersPositive
evMarkersNegative?: CharacterizationEvMarkersNegative
originMarkers?: CharacterizationOriginMarkers
solubleFactors?: CharacterizationSolubleFactors
fractionControls?: CharacterizationFractionControls
evTrackId?: CharacterizationEvTrackId
}
/**
 * Dose and administration. Section-level values apply to every arm; entries in "arms" hold what differs per treatment arm.
 */
export interface DoseAdministration {
dose?: DoseDose
route?: DoseRoute
volume?: DoseVolume
regimen?: DoseRegimen
timing?: DoseTiming
carrier?: DoseCarrier
coInterventions?: DoseCoInterventions
controls?: DoseControls
recipients?: DoseRecipients
inVitroExposure?: DoseInVitroExposure
/**
 * Treatment arms (e.g. three doses, or two routes).
 * 
 * @minItems 1
 * @maxItems 200
 */
arms?: Arm[]
}
export interface DoseValue {
/**
 * The dose on one or more bases.
 */
amounts?: (DetailState | DoseAmount[])
where?: Where
note?: Note
}
/**
 * One amount of the dose, on one basis.
 */
export interface DoseAmount {
/**
 * The amount, as a number (2×10^6 is 2000000). A bare number is kept; its unit and basis are then missing details.
 */
value?: (DetailState | number)
/**
 * The unit; it must fit the basis.
 */
unit?: (DetailState | ("cell equivalents" | "cells" | "particles" | "pg" | "ng" | "µg" | "μg" | "ug" | "mg" | "nL" | "µL" | "μL" | "uL" | "mL" | "ml" | "L" | "l" | "cells/kg" | "cell equivalents/kg" | "particles/kg" | "particles/g" | "ng/kg" | "µg/kg" | "μg/kg" | "ug/kg" | "mg/kg" | "µg/g" | "μg/g" | "ug/g" | "ng/mL" | "ng/ml" | "µg/mL" | "μg/mL" | "ug/mL" | "µg/ml" | "μg/ml" | "ug/ml" | "mg/mL" | "mg/ml" | "particles/cell" | "particles/mL" | "particles/ml" | "other"))
/**
 * What the amount counts: cell equivalents, particles, protein mass, conditioned-medium volume, a mass or mass concentration whose analyte is given in "analyte", cells (of a combination product), or these per body weight.
 */
basis?: (DetailState | ("cell-equivalents" | "particles" | "protein-mass" | "conditioned-medium-volume" | "cell-equivalents-per-body-weight" | "particles-per-body-weight" | "protein-mass-per-body-weight" | "protein-concentration" | "particles-per-target-cell" | "particles-concentration" | "mass" | "mass-concentration" | "mass-per-body-weight" | "cells" | "other"))
/**
 * Whether the amount is given each time, in total over the regimen, per day, per week or per treated site.
 */
per?: (DetailState | ("administration" | "total" | "day" | "week" | "site"))
/**
 * For a conditioned-medium volume: how many times the medium was concentrated.
 */
foldConcentration?: (DetailState | number)
/**
 * Required when basis or unit is "other".
 */
description?: string
/**
 * A range instead of one value (e.g. 1–2 mg/kg).
 */
range?: (DetailState | Range)
/**
 * What a mass or mass concentration weighs (e.g. total protein, EV protein, lyophilised powder).
 */
analyte?: (DetailState | ("protein" | "ev-protein" | "lyophilised-powder" | "rna" | "other"))
/**
 * For a concentration: the volume given, so that concentration × volume is the amount.
 */
volume?: (DetailState | Volume)
/**
 * For a combination product (cells resuspended in conditioned medium): which component this amount is.
 */
component?: (DetailState | ("secretome" | "cells"))
/**
 * Which administrations (1 = the first) this amount was given at, when they differ (e.g. cells at the 2nd, secretome at the 1st and 3rd).
 */
administrations?: (DetailState | number[])
where?: Where
}
export interface RouteValue {
/**
 * Route.
 */
value?: (DetailState | ("intravenous" | "intraperitoneal" | "intrathecal" | "intracerebroventricular" | "perineural" | "intraneural" | "intraplantar" | "subcutaneous" | "intradermal" | "intra-articular" | "intradiscal" | "epidural" | "intramuscular" | "intranasal" | "intravesical" | "topical" | "oral" | "implanted-biomaterial" | "intratracheal" | "peribulbar" | "retrobulbar" | "intravitreal" | "intravertebral" | "intraosseous" | "intracisternal" | "intralesional" | "local" | "multiple" | "other"))
/**
 * Free-text description; required when value is "other".
 */
description?: string
/**
 * Site (e.g. left sciatic nerve).
 */
site?: (DetailState | Name)
where?: Where
note?: Note
/**
 * Device (e.g. intrathecal catheter).
 */
device?: (DetailState | Name)
/**
 * Image guidance of the injection.
 */
guidance?: (DetailState | ("ultrasound" | "fluoroscopy" | "ct" | "arthroscopy" | "none" | "other"))
/**
 * Number of treated sites (e.g. 27 body areas).
 */
siteCount?: (DetailState | number)
/**
 * Each site treated, for a multi-site treatment.
 */
sites?: (DetailState | {
/**
 * Site (e.g. vertebrae T12 to S5).
 */
site?: (DetailState | Name)
route?: (DetailState | ("intravenous" | "intraperitoneal" | "intrathecal" | "intracerebroventricular" | "perineural" | "intraneural" | "intraplantar" | "subcutaneous" | "intradermal" | "intra-articular" | "intradiscal" | "epidural" | "intramuscular" | "intranasal" | "intravesical" | "topical" | "oral" | "implanted-biomaterial" | "intratracheal" | "peribulbar" | "retrobulbar" | "intravitreal" | "intravertebral" | "intraosseous" | "intracisternal" | "intralesional" | "local" | "multiple" | "other"))
/**
 * Number of sites of this kind.
 */
count?: (DetailState | number)
/**
 * Which administrations (treatment rounds; 1 = the first) treated these sites.
 */
administrations?: (DetailState | number[])
/**
 * Details.
 */
description?: string
where?: Where
}[])
}
export interface VolumeValue {
volume?: (DetailState | Volume)
infusionRate?: (DetailState | FlowRate)
infusionDuration?: (DetailState | Duration)
where?: Where
note?: Note
}
/**
 * Infusion rate.
 */
export interface FlowRate {
value?: (DetailState | number)
unit?: (DetailState | FlowRateUnit)
}
export interface RegimenValue {
/**
 * Number of administrations.
 */
administrations?: (DetailState | number)
interval?: (DetailState | Duration)
where?: Where
note?: Note
/**
 * The schedule as stated (e.g. "one a week for 8 weeks").
 */
description?: string
}
export interface TimingValue {
/**
 * Intent: preventive (before the condition is established) or therapeutic.
 */
approach?: (DetailState | ("preventive" | "therapeutic"))
/**
 * Reference event.
 */
relativeTo?: (DetailState | ("model-induction" | "disease-onset" | "diagnosis" | "surgery" | "birth" | "age" | "treatment-start" | "other"))
/**
 * Time from the reference event (negative = before).
 */
offset?: (DetailState | SignedDuration)
age?: (DetailState | Duration)
/**
 * Details.
 */
description?: string
where?: Where
note?: Note
/**
 * Each administration's time from the reference event (e.g. weeks 2 and 6; with relativeTo "age", the ages).
 */
offsets?: (DetailState | SignedDuration[])
}
/**
 * A time relative to an event; negative means before.
 */
export interface SignedDuration {
value?: (DetailState | number)
unit?: (DetailState | DurationUnit)
}
export interface CarrierValue {
/**
 * A carrier was used.
 */
used?: (DetailState | boolean)
/**
 * Material (e.g. hyaluronic acid hydrogel).
 */
material?: (DetailState | Name)
where?: Where
note?: Note
}
export interface CoInterventionsValue {
/**
 * Each co-intervention.
 */
interventions?: (DetailState | CoIntervention[])
where?: Where
note?: Note
}
/**
 * Another procedure or treatment the recipients received, and when relative to the secretome.
 */
export interface CoIntervention {
/**
 * The procedure.
 */
procedure?: (DetailState | ("percutaneous-laser-disc-decompression" | "nerve-transfer-surgery" | "surgery" | "msc-cells" | "hyaluronic-acid" | "analgesics" | "opioids" | "physiotherapy" | "other"))
/**
 * Details (e.g. PLDD from L2 to L4).
 */
description?: string
/**
 * When, relative to the secretome.
 */
timing?: (DetailState | ("before" | "same-session" | "after" | "concurrent"))
/**
 * Time from the secretome administration (negative = before).
 */
offset?: (DetailState | SignedDuration)
where?: Where
note?: Note
}
export interface ControlsValue {
/**
 * Control groups.
 */
groups?: (DetailState | ("vehicle" | "unconditioned-medium" | "ev-depleted-fraction" | "parent-msc" | "active-comparator" | "sham" | "naive" | "placebo" | "hyaluronic-acid" | "untreated" | "none" | "other")[])
/**
 * Details.
 */
description?: string
where?: Where
note?: Note
/**
 * An untreated (no-treatment) control group was included.
 */
untreatedGroup?: (DetailState | boolean)
}
export interface RecipientsValue {
/**
 * Species.
 */
species?: (DetailState | ("human" | "rat" | "mouse" | "pig" | "dog" | "cat" | "horse" | "sheep" | "goat" | "rabbit" | "cow" | "non-human-primate" | "other"))
/**
 * Strain (e.g. Sprague-Dawley).
 */
strain?: (DetailState | Name)
/**
 * Sex(es).
 */
sex?: (DetailState | ("female" | "male" | "mixed")[])
age?: (DetailState | Duration)
weight?: (DetailState | BodyMass)
/**
 * Supplier.
 */
source?: (DetailState | Name)
where?: Where
note?: Note
/**
 * Patients' age in years (range and/or mean).
 */
ageYears?: (DetailState | {
min?: (DetailState | number)
max?: (DetailState | number)
mean?: (DetailState | number)
})
/**
 * Details; required when species is "other".
 */
description?: string
/**
 * Number of animals or patients.
 */
count?: (DetailState | number)
/**
 * Patients' condition or grade (e.g. knee OA, Kellgren–Lawrence 2–3).
 */
condition?: (DetailState | Name)
}
/**
 * Body weight.
 */
export interface BodyMass {
value?: (DetailState | number)
unit?: (DetailState | BodyMassUnit)
}
export interface InVitroExposureValue {
/**
 * Target cells.
 */
targetCells?: (DetailState | Name)
/**
 * Stimulus (e.g. LPS 1 µg/mL).
 */
stimulus?: (DetailState | Name)
dose?: (DetailState | DoseAmount)
duration?: (DetailState | Duration)
where?: Where
note?: Note
/**
 * in-vitro: the secretome was added to cultured cells; ex-vivo: it was given in vivo and the cells were studied in culture afterwards.
 */
setting?: (DetailState | ("in-vitro" | "ex-vivo"))
/**
 * When the secretome met the cells relative to the stimulus: before (pre-incubation), with it, or after.
 */
sequence?: (DetailState | ("pre-incubation" | "co-incubation" | "post-incubation" | "other"))
/**
 * Details; required when sequence is "other".
 */
description?: string
/**
 * Each stimulus condition (e.g. mechanical stress, IL-1β, both).
 */
stimuli?: (DetailState | Name[])
}
export interface Arm {
id: Id
/**
 * Label used in the paper.
 */
label?: string
/**
 * A short identifier (letters, digits, . _ -).
 */
preparationId?: string
dose?: DoseDose
route?: DoseRoute
volume?: DoseVolume
regimen?: DoseRegimen
timing?: DoseTiming
carrier?: DoseCarrier
coInterventions?: DoseCoInterventions
}
/**
 * Outcomes and how they were assessed; per arm in "arms", with what each arm showed in "results" (not scored).
 */
export interface Outcomes {
model?: OutcomesModel
primaryOutcome?: OutcomesPrimaryOutcome
sampleSize?: OutcomesSampleSize
randomisation?: OutcomesRandomisation
blinding?: OutcomesBlinding
tests?: OutcomesTests
clinicalScales?: OutcomesClinicalScales
effectEstimates?: OutcomesEffectEstimates
mechanisticReadouts?: OutcomesMechanisticReadouts
adverseEvents?: OutcomesAdverseEvents
exclusions?: OutcomesExclusions
trialRegistration?: OutcomesTrialRegistration
emotionalDimension?: OutcomesEmotionalDimension
results?: (DetailState | Results)
/**
 * Outcomes that differ per treatment arm, and what each arm showed. Each entry names an arm declared in doseAdministration.arms; the section-level value applies to the rest.
 * 
 * @minItems 1
 * @maxItems 200
 */
arms?: OutcomesArm[]
}
export interface ModelValue {
/**
 * Model.
 */
value?: (DetailState | ("cci" | "sni" | "psl" | "snl" | "stz-diabetic" | "db-db" | "cipn-oxaliplatin" | "cipn-paclitaxel" | "cipn-vincristine" | "cipn-other" | "cfa" | "carrageenan" | "mia-oa" | "collagenase-oa" | "dmm-oa" | "disc-injury" | "incisional" | "bone-cancer" | "cancer-other" | "sci" | "interstitial-cystitis" | "clinical-condition" | "in-vitro-model" | "pnl" | "tmj-oa" | "tnf-biomaterial" | "disc-degeneration" | "musculoskeletal-pain" | "low-back-pain" | "brachial-plexus-injury" | "retinitis-pigmentosa" | "other"))
/**
 * Free-text description; required when value is "other".
 */
description?: string
/**
 * Clinical condition (e.g. knee osteoarthritis, Kellgren–Lawrence 2–3).
 */
condition?: (DetailState | Name)
where?: Where
note?: Note
/**
 * Joint of a joint model (e.g. MIA in the knee or the TMJ).
 */
joint?: (DetailState | ("knee" | "temporomandibular" | "hip" | "intervertebral-disc" | "other"))
/**
 * Agent or procedure that induced the model (e.g. collagenase type VII, MIA).
 */
inducingAgent?: (DetailState | Name)
/**
 * A spontaneously developing model (e.g. db/db mice): times are then ages.
 */
spontaneous?: (DetailState | boolean)
}
export interface PrimaryOutcomeValue {
/**
 * Measure.
 */
measure?: (DetailState | Name)
/**
 * Named before the study began.
 */
prespecified?: (DetailState | boolean)
timepoint?: (DetailState | Duration)
where?: Where
note?: Note
}
export interface SampleSizeValue {
/**
 * n per group.
 */
perGroup?: (DetailState | {
/**
 * Group.
 */
group?: (DetailState | Name)
/**
 * Animals or participants.
 */
n?: (DetailState | number)
}[])
/**
 * How n was chosen.
 */
justification?: (DetailState | ("power-calculation" | "pilot-data" | "feasibility" | "convention" | "not-justified" | "other"))
/**
 * Details.
 */
description?: string
where?: Where
note?: Note
}
export interface RandomisationValue {
/**
 * Allocation was randomised.
 */
randomised?: (DetailState | boolean)
/**
 * Method (e.g. computer-generated sequence).
 */
method?: (DetailState | Name)
where?: Where
note?: Note
}
export interface BlindingValue {
/**
 * Who was blinded ("none" if nobody).
 */
blinded?: (DetailState | ("outcome-assessors" | "caregivers" | "investigators" | "participants" | "data-analysts" | "surgeons" | "none")[])
where?: Where
note?: Note
}
export interface BehaviouralTestsValue {
/**
 * Tests.
 */
tests?: (DetailState | {
/**
 * Test.
 */
test?: (DetailState | ("von-frey" | "hargreaves" | "hot-plate" | "cold-plate" | "randall-selitto" | "acetone" | "pin-prick" | "tail-flick" | "weight-bearing" | "grimace" | "burrowing" | "gait" | "conditioned-place-preference" | "open-field" | "rotarod" | "plantar" | "incapacitance" | "electronic-von-frey" | "dynamic-plantar-aesthesiometer" | "cold-allodynia" | "formalin" | "writhing" | "paw-withdrawal-latency" | "other"))
/**
 * What was measured and its unit (e.g. 50 % withdrawal threshold, g).
 */
measure?: (DetailState | Name)
/**
 * Timepoints after treatment.
 */
timepoints?: (DetailState | SignedDuration[])
/**
 * Required when test is "other".
 */
description?: string
/**
 * What the test measured.
 */
modality?: (DetailState | ("mechanical-allodynia" | "mechanical-hyperalgesia" | "thermal-hyperalgesia" | "thermal-hypoalgesia" | "heat-hyperalgesia" | "cold-allodynia" | "weight-bearing" | "spontaneous-pain" | "motor-function" | "other"))
}[])
where?: Where
note?: Note
}
export interface ClinicalScalesValue {
/**
 * Scales.
 */
scales?: (DetailState | {
/**
 * Scale.
 */
scale?: (DetailState | ("vas" | "nrs" | "womac" | "koos" | "odi" | "bpi" | "dash" | "pgic" | "sf-36" | "eq-5d" | "lequesne" | "lefs" | "mpq" | "sf-mpq" | "promis" | "hads" | "pain-level-unspecified" | "other"))
/**
 * Timepoints.
 */
timepoints?: (DetailState | Duration[])
/**
 * Required when scale is "other".
 */
description?: string
/**
 * Where this schedule is stated, when the publication and the registration differ.
 */
reportedIn?: (DetailState | ("publication" | "trial-registration" | "other"))
/**
 * Also assessed before treatment.
 */
baseline?: (DetailState | boolean)
}[])
followUp?: (DetailState | Duration)
where?: Where
note?: Note
}
export interface EffectEstimatesValue {
/**
 * Central value.
 */
central?: (DetailState | ("mean" | "median"))
/**
 * Spread.
 */
spread?: (DetailState | ("sd" | "sem" | "iqr" | "range" | "ci"))
/**
 * Effect size.
 */
effectSize?: (DetailState | ("mean-difference" | "standardised-mean-difference" | "ratio" | "percent-reversal" | "other"))
/**
 * Effect sizes have confidence intervals.
 */
confidenceInterval?: (DetailState | boolean)
/**
 * Details; required when the effect size is "other".
 */
description?: string
where?: Where
note?: Note
}
export interface MechanisticReadoutsValue {
/**
 * Readouts.
 */
readouts?: (DetailState | {
/**
 * What was measured (e.g. IL-1β, Iba1).
 */
target?: (DetailState | Name)
tissue?: (DetailState | ReadoutTissue)
timepoint?: (DetailState | Duration)
/**
 * Method.
 */
method?: (DetailState | Name)
/**
 * Several timepoints (e.g. weeks 3 and 14).
 */
timepoints?: (DetailState | SignedDuration[])
/**
 * Details; required when tissue is "other".
 */
description?: string
}[])
where?: Where
note?: Note
}
export interface AdverseEventsValue {
/**
 * Adverse events were collected.
 */
collected?: (DetailState | boolean)
/**
 * How.
 */
method?: (DetailState | Name)
/**
 * What occurred.
 */
events?: (DetailState | Text)
where?: Where
note?: Note
}
export interface ExclusionsValue {
/**
 * Number excluded.
 */
excluded?: (DetailState | number)
/**
 * Reasons.
 */
reasons?: (DetailState | Text)
where?: Where
note?: Note
}
export interface TrialRegistrationValue {
/**
 * Registry.
 */
registry?: (DetailState | ("clinicaltrials-gov" | "euctr" | "isrctn" | "chictr" | "anzctr" | "jrct" | "other"))
/**
 * Identifier (e.g. NCT04000000).
 */
id?: (DetailState | string)
where?: Where
note?: Note
/**
 * Recruitment status in the registry.
 */
status?: (DetailState | ("not-yet-recruiting" | "recruiting" | "enrolling-by-invitation" | "active-not-recruiting" | "completed" | "suspended" | "terminated" | "withdrawn" | "unknown"))
/**
 * When the status was read (e.g. 2025-07).
 */
statusDate?: (DetailState | string)
/**
 * Details; required when the registry is "other".
 */
description?: string
}
export interface EmotionalDimensionValue {
/**
 * Measures (e.g. conditioned place aversion, HADS).
 */
measures?: (DetailState | Name[])
where?: Where
note?: Note
}
/**
 * What one outcome showed (unscored): e.g. "mechanical allodynia decreased (von Frey), weeks 3 and 14".
 */
export interface Result {
/**
 * What kind of outcome (a review's "effect on pain" vs "biochemical evaluations").
 */
domain?: (DetailState | ("pain" | "biochemical" | "histological" | "functional" | "imaging" | "safety" | "other"))
/**
 * What was measured (e.g. mechanical allodynia, pro-inflammatory cytokines).
 */
measure?: (DetailState | Name)
test?: (DetailState | ResultTest)
/**
 * Tissues or samples (e.g. PNS and CNS).
 */
tissues?: (DetailState | ReadoutTissue[])
/**
 * Direction of the effect (↓, ↑, → no change, onset prevented, mixed).
 */
direction?: (DetailState | ("decrease" | "increase" | "no-change" | "prevented" | "mixed"))
/**
 * The paper reports the effect as statistically significant.
 */
significant?: (DetailState | boolean)
/**
 * The effect was dose-dependent.
 */
doseResponse?: (DetailState | boolean)
/**
 * When it was measured (e.g. weeks 3 and 14).
 */
timepoints?: (DetailState | SignedDuration[])
/**
 * What the timepoints count from.
 */
relativeTo?: (DetailState | ("model-induction" | "treatment" | "treatment-start" | "treatment-end" | "baseline" | "age" | "other"))
/**
 * Also measured before treatment.
 */
baseline?: (DetailState | boolean)
/**
 * Rank of this arm's effect among the arms compared (1 = greatest), when the paper ranks them.
 */
rank?: (DetailState | number)
/**
 * Details (e.g. "only acute evaluations").
 */
description?: string
where?: Where
note?: Note
}
export interface OutcomesArm {
/**
 * A short identifier (letters, digits, . _ -).
 */
armId: string
model?: OutcomesModel
primaryOutcome?: OutcomesPrimaryOutcome
sampleSize?: OutcomesSampleSize
randomisation?: OutcomesRandomisation
blinding?: OutcomesBlinding
tests?: OutcomesTests
clinicalScales?: OutcomesClinicalScales
effectEstimates?: OutcomesEffectEstimates
mechanisticReadouts?: OutcomesMechanisticReadouts
adverseEvents?: OutcomesAdverseEvents
exclusions?: OutcomesExclusions
trialRegistration?: OutcomesTrialRegistration
emotionalDimension?: OutcomesEmotionalDimension
results?: (DetailState | Results)
}
