/* GENERATED from schemas/study-report-1.0.schema.json by scripts/generate.ts. Do not edit: run "npm run generate". */

/**
 * A free note.
 */
export type Note = string
/**
 * Donor species of the MSCs.
 */
export type CellSourceSpecies = (NotApplicable | NotReported | SpeciesValue)
/**
 * Where the manuscript reports this (e.g. "Methods 2.3, p. 4").
 */
export type Where = string
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
/**
 * Where the cells came from: commercial supplier or laboratory, catalogue and lot numbers, RRID.
 */
export type CellSourceProvider = (NotApplicable | NotReported | ProviderValue)
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
export type Name = string
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
 * One study of MSC secretome therapy, reported against the minimal parameter set (checklist 1.0). Any item may hold its value, { "notApplicable": "reason" }, { "notReported": true }, or be left out.
 */
export interface StudyReport {
/**
 * Optional link to this schema, for editors.
 */
$schema?: string
/**
 * Version of the checklist the document is written against.
 */
checklistVersion: "1.0"
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
}
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
export interface SpeciesValue {
/**
 * Donor species.
 */
value: ("human" | "rat" | "mouse" | "pig" | "dog" | "cat" | "horse" | "sheep" | "goat" | "rabbit" | "cow" | "non-human-primate" | "other")
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
value: ("umbilical-cord-whartons-jelly" | "umbilical-cord" | "umbilical-cord-blood" | "amniotic-membrane" | "amniotic-fluid" | "placenta" | "chorionic-villi" | "bone-marrow" | "adipose-tissue" | "skeletal-muscle" | "periosteum-cortical-bone" | "synovial-membrane" | "synovial-fluid" | "articular-cartilage" | "meniscus" | "liver" | "lung" | "dental-pulp" | "exfoliated-deciduous-teeth" | "gingiva" | "salivary-gland" | "endometrium" | "peripheral-blood" | "urine" | "breast-milk" | "ovarian-tissue" | "testicular-tissue" | "inflamed-synovial-fluid" | "menstrual-blood" | "ipsc-derived" | "other")
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
value: ("autologous" | "allogeneic" | "xenogeneic")
where?: Where
note?: Note
}
export interface DonorsValue {
/**
 * Number of donors.
 */
count: number
/**
 * Whether cells or secretome of several donors were pooled.
 */
pooled?: boolean
/**
 * Donor age range in years.
 */
ageYears?: {
min?: number
max?: number
}
/**
 * Donor sex(es).
 * 
 * @minItems 1
 * @maxItems 200
 */
sex?: ("female" | "male" | "unknown")[]
/**
 * Donor health status (e.g. healthy, osteoarthritis patients).
 */
health?: string
where?: Where
note?: Note
}
export interface ProviderValue {
/**
 * Kind of provider.
 */
type: ("commercial" | "academic-lab" | "biobank" | "in-house")
/**
 * Supplier or laboratory.
 */
name: string
/**
 * Catalogue number.
 */
catalogueNumber?: string
/**
 * Lot or batch number.
 */
lot?: string
/**
 * Research Resource Identifier, e.g. RRID:CVCL_0001.
 */
rrid?: string
where?: Where
note?: Note
}
export interface NomenclatureValue {
/**
 * Term used for the "S" in MSC.
 */
term: ("stromal" | "stem" | "signalling" | "other")
/**
 * Evidence for stemness claims (e.g. in-vivo self-renewal), per the ISCT 2019 statement.
 */
justification?: string
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
approval: string
/**
 * Written informed consent was obtained from donors.
 */
consent?: boolean
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
value: ("explant" | "enzymatic-digestion" | "density-gradient-adherence" | "adherence" | "purchased" | "other")
/**
 * Free-text description; required when value is "other".
 */
description?: string
/**
 * Enzyme and concentration for enzymatic digestion.
 */
enzyme?: string
where?: Where
note?: Note
}
export interface IdentityValue {
/**
 * Cells were plastic-adherent.
 */
plasticAdherence?: boolean
/**
 * Markers expected positive (CD73, CD90, CD105 ≥95 %).
 * 
 * @minItems 1
 * @maxItems 200
 */
positiveMarkers?: MarkerResult[]
/**
 * Markers expected negative (CD45, CD34, CD14 or CD11b, CD79a or CD19, HLA-DR ≤2 %).
 * 
 * @minItems 1
 * @maxItems 200
 */
negativeMarkers?: MarkerResult[]
/**
 * How markers were measured (e.g. flow cytometry).
 */
method?: string
/**
 * Tri-lineage differentiation assays.
 * 
 * @minItems 1
 * @maxItems 200
 */
differentiation?: {
/**
 * Lineage.
 */
lineage: ("osteogenic" | "adipogenic" | "chondrogenic")
/**
 * Induction and staining (e.g. Alizarin Red after 21 days).
 */
method?: string
/**
 * Outcome.
 */
result?: ("positive" | "negative")
}[]
where?: Where
note?: Note
}
export interface MarkerResult {
/**
 * Marker (e.g. CD73).
 */
marker: string
/**
 * Cells positive, in %.
 */
percent?: number
}
export interface ExpansionMediumValue {
/**
 * Basal medium (e.g. α-MEM, DMEM low glucose).
 */
basalMedium: string
/**
 * Serum or serum substitute.
 */
supplement: {
/**
 * Supplement type.
 */
type: ("fbs" | "human-platelet-lysate" | "human-serum" | "serum-free" | "xeno-free" | "other")
/**
 * Concentration in %.
 */
percent?: number
/**
 * Product name for serum-free or xeno-free media.
 */
product?: string
/**
 * Required when type is "other".
 */
description?: string
}
/**
 * Antibiotics used.
 */
antibiotics?: string
where?: Where
note?: Note
}
export interface PassageValue {
/**
 * Passage number.
 */
passage?: number
/**
 * Lowest passage used.
 */
min?: number
/**
 * Highest passage used.
 */
max?: number
/**
 * Cumulative population doublings.
 */
populationDoublings?: number
where?: Where
note?: Note
}
export interface DensityValue {
seedingDensity?: CellDensity
/**
 * Confluence when conditioning started.
 */
confluencePercent?: number
where?: Where
note?: Note
}
/**
 * Cells per area.
 */
export interface CellDensity {
value: number
unit: CellDensityUnit
}
export interface CultureFormatValue {
/**
 * Culture format.
 */
value: ("2d" | "3d-spheroid" | "microcarrier" | "bioreactor" | "scaffold" | "hollow-fibre" | "other")
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
percent: number
where?: Where
note?: Note
}
export interface MycoplasmaValue {
/**
 * The cells were tested.
 */
tested: boolean
/**
 * Test method (PCR, culture, luminescence kit).
 */
method?: string
/**
 * Result.
 */
result?: ("negative" | "positive")
where?: Where
note?: Note
}
export interface KaryotypeValue {
/**
 * Method.
 */
method: ("g-banding" | "str-profiling" | "array-cgh" | "other")
/**
 * Result (e.g. normal 46,XY).
 */
result?: string
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
value: ("conditioned-medium" | "concentrated-conditioned-medium" | "small-ev" | "large-ev" | "ev" | "ev-depleted-conditioned-medium" | "lyophilised-secretome" | "commercial-product" | "other")
/**
 * Free-text description; required when value is "other".
 */
description?: string
/**
 * Commercial product name (required for commercial-product).
 */
productName?: string
/**
 * Which fractions the preparation contains, when its type does not say (e.g. for a commercial product).
 * 
 * @minItems 1
 * @maxItems 200
 */
fractions?: ("ev" | "soluble")[]
where?: Where
note?: Note
}
export interface ConditioningMediumValue {
/**
 * Basal medium.
 */
basalMedium: string
/**
 * Serum status.
 */
serum: ("serum-free" | "ev-depleted-serum" | "ev-depleted-platelet-lysate" | "serum-containing" | "other")
/**
 * How serum EVs were removed (e.g. 18 h at 100,000 ×g).
 */
depletionMethod?: string
/**
 * Other supplements.
 */
supplements?: string
/**
 * Phenol-red-free medium.
 */
phenolRedFree?: boolean
/**
 * Required when serum is "other".
 */
description?: string
where?: Where
note?: Note
}
export interface DurationItem {
value: number
unit: DurationUnit
where?: Where
note?: Note
}
export interface CellsAtCollectionValue {
/**
 * Cells at collection (a number: 2×10^6 is 2000000).
 */
cellCount?: number
/**
 * Confluence at collection.
 */
confluencePercent?: number
conditionedVolume?: Volume
volumePerMillionCells?: Volume1
where?: Where
note?: Note
}
/**
 * A volume.
 */
export interface Volume {
value: number
unit: VolumeUnit
}
/**
 * A volume.
 */
export interface Volume1 {
value: number
unit: VolumeUnit
}
export interface ViabilityValue {
/**
 * Viable cells in %.
 */
percent: number
/**
 * Method (e.g. trypan blue).
 */
method?: string
where?: Where
note?: Note
}
export interface PrimingValue {
/**
 * Priming was applied.
 */
applied: boolean
where?: Where
note?: Note
}
export interface PrimingConditionsValue {
/**
 * Each priming stimulus.
 * 
 * @minItems 1
 * @maxItems 200
 */
stimuli: {
/**
 * Kind of stimulus.
 */
type: ("hypoxia" | "cytokine" | "lps" | "three-d-culture" | "drug" | "genetic" | "mechanical" | "other")
/**
 * Agent (e.g. IFN-γ, TNF-α, deferoxamine).
 */
agent?: string
/**
 * O₂ in % for hypoxia.
 */
oxygenPercent?: number
concentration?: MassConcentration
duration?: Duration
/**
 * Details; required when type is "other".
 */
description?: string
}[]
where?: Where
note?: Note
}
/**
 * A mass concentration.
 */
export interface MassConcentration {
value: number
unit: MassConcentrationUnit
}
/**
 * A length of time.
 */
export interface Duration {
value: number
unit: DurationUnit
}
export interface ClarificationValue {
/**
 * Steps in order.
 * 
 * @minItems 1
 * @maxItems 200
 */
steps: {
/**
 * Step.
 */
method: ("centrifugation" | "filtration")
force?: Force
duration?: Duration
/**
 * Rotor model (e.g. "SW 32 Ti").
 */
rotor?: string
rotorRadius?: Length
/**
 * Rotor k-factor (clearing factor).
 */
kFactor?: number
temperature?: Temperature
poreSize?: PoreSize
}[]
where?: Where
note?: Note
}
/**
 * Centrifugal force (×g) or speed (rpm).
 */
export interface Force {
value: number
unit: ForceUnit
}
/**
 * Rotor radius; needed to derive ×g when the speed is in rpm.
 */
export interface Length {
value: number
unit: LengthUnit
}
/**
 * A temperature.
 */
export interface Temperature {
value: number
unit: TemperatureUnit
}
/**
 * Filter pore size.
 */
export interface PoreSize {
value: number
unit: PoreSizeUnit
}
export interface PreConcentrationHandlingValue {
/**
 * Handling.
 */
value: ("processed-fresh" | "frozen-before-processing")
temperature?: Temperature
duration?: Duration
where?: Where
note?: Note
}
export interface ConcentrationValue {
/**
 * Method.
 */
method: ("none" | "centrifugal-ultrafiltration" | "tangential-flow-filtration" | "lyophilisation" | "peg-precipitation" | "ultracentrifugation" | "other")
/**
 * Device or membrane (e.g. Amicon Ultra-15).
 */
device?: string
mwco?: MolecularWeight
/**
 * Fold concentration.
 */
fold?: number
/**
 * Required when method is "other".
 */
description?: string
where?: Where
note?: Note
}
/**
 * Molecular-weight cut-off.
 */
export interface MolecularWeight {
value: number
unit: MolecularWeightUnit
}
export interface EvSeparationValue {
/**
 * Methods in order.
 * 
 * @minItems 1
 * @maxItems 200
 */
methods: {
/**
 * Method.
 */
method: ("differential-ultracentrifugation" | "density-gradient" | "size-exclusion-chromatography" | "ultrafiltration" | "tangential-flow-filtration" | "precipitation" | "immunoaffinity" | "asymmetric-flow-field-flow-fractionation" | "other")
force?: Force
duration?: Duration
/**
 * Rotor model (e.g. "SW 32 Ti").
 */
rotor?: string
rotorRadius?: Length1
/**
 * Rotor k-factor (clearing factor).
 */
kFactor?: number
temperature?: Temperature
/**
 * Kit or column (e.g. qEV original 70 nm).
 */
product?: string
/**
 * Details; required when method is "other".
 */
description?: string
}[]
where?: Where
note?: Note
}
/**
 * Rotor radius; needed to derive ×g when the speed is in rpm.
 */
export interface Length1 {
value: number
unit: LengthUnit
}
export interface VehicleValue {
/**
 * Vehicle.
 */
value: ("pbs" | "saline" | "culture-medium" | "hydrogel" | "other")
/**
 * Free-text description; required when value is "other".
 */
description?: string
/**
 * Added excipients.
 */
excipients?: string
where?: Where
note?: Note
}
export interface GmpValue {
/**
 * Grade.
 */
grade: ("gmp" | "gmp-like" | "research-grade")
/**
 * Facility.
 */
facility?: string
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
value: ("fresh" | "frozen" | "lyophilised" | "refrigerated")
/**
 * Free-text description; required when value is "other".
 */
description?: string
where?: Where
note?: Note
}
export interface TemperatureItem {
value: number
unit: TemperatureUnit
where?: Where
note?: Note
}
export interface FreezeThawValue {
/**
 * Cycles.
 */
cycles: number
where?: Where
note?: Note
}
export interface ExcipientValue {
/**
 * Substances.
 * 
 * @minItems 1
 * @maxItems 200
 */
substances: {
/**
 * Substance.
 */
name: ("trehalose" | "mannitol" | "sucrose" | "albumin" | "dmso" | "other")
concentration?: ExcipientConcentration
/**
 * Required when name is "other".
 */
description?: string
}[]
where?: Where
note?: Note
}
/**
 * Concentration.
 */
export interface ExcipientConcentration {
value: number
unit: ExcipientConcentrationUnit
}
export interface ReconstitutionValue {
/**
 * Vehicle (e.g. sterile water).
 */
vehicle: string
volume: Volume
where?: Where
note?: Note
}
export interface ContainerValue {
/**
 * Container.
 */
value: ("low-binding-tube" | "polypropylene-tube" | "glass-vial" | "cryovial" | "other")
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
assessed: boolean
/**
 * Readouts.
 * 
 * @minItems 1
 * @maxItems 200
 */
readouts?: {
/**
 * What was measured.
 */
measure: ("particles" | "protein" | "potency" | "size" | "other")
/**
 * Retained relative to fresh, in %.
 */
retainedPercent?: number
after?: Duration
/**
 * Details.
 */
description?: string
}[]
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
method: string
/**
 * Result.
 */
result: ("pass" | "fail")
where?: Where
note?: Note
}
export interface EndotoxinValue {
/**
 * Method.
 */
method: ("lal-chromogenic" | "lal-gel-clot" | "lal-turbidimetric" | "recombinant-factor-c" | "other")
level?: Endotoxin
/**
 * Below the limit of detection.
 */
belowDetection?: boolean
limitOfDetection?: Endotoxin
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
value: number
unit: EndotoxinUnit
}
export interface ProductMycoplasmaValue {
/**
 * Method.
 */
method: string
/**
 * Result.
 */
result: ("negative" | "positive")
where?: Where
note?: Note
}
export interface AdventitiousAgentsValue {
/**
 * Tests (e.g. HIV-1/2, HBV, HCV PCR).
 * 
 * @minItems 1
 * @maxItems 200
 */
tests: Name[]
/**
 * Result.
 */
result: ("negative" | "positive")
where?: Where
note?: Note
}
export interface ResidualsValue {
/**
 * Analytes tested.
 * 
 * @minItems 1
 * @maxItems 200
 */
analytes: Name[]
/**
 * Findings.
 */
result?: string
where?: Where
note?: Note
}
export interface BatchesValue {
/**
 * Number of batches.
 */
count: number
/**
 * Batch identifiers.
 * 
 * @minItems 1
 * @maxItems 200
 */
identifiers?: Name[]
/**
 * Batch-to-batch variation.
 */
variation?: string
where?: Where
note?: Note
}
export interface PotencyValue {
/**
 * Assay.
 */
assay: ("t-cell-suppression" | "macrophage-polarisation" | "nf-kb-reporter" | "neuronal-assay" | "glial-assay" | "angiogenesis" | "wound-healing" | "other")
/**
 * Readout.
 */
readout: string
/**
 * Acceptance limit.
 */
acceptanceLimit?: string
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
 * 
 * @minItems 1
 * @maxItems 200
 */
tests: {
/**
 * Test.
 */
test: string
/**
 * Acceptance limit.
 */
limit: string
}[]
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
concentration: MassConcentration
/**
 * Assay.
 */
assay: ("bca" | "bradford" | "qubit" | "lowry" | "absorbance-280" | "other")
/**
 * Required when assay is "other".
 */
description?: string
where?: Where
note?: Note
}
export interface ParticlesValue {
concentration?: ParticleConcentration
/**
 * Size distribution.
 */
size?: {
mode?: number
mean?: number
median?: number
sd?: number
unit: SizeUnit
}
/**
 * Method.
 */
method: ("nta" | "trps" | "nano-flow-cytometry" | "dls" | "other")
/**
 * Instrument.
 */
instrument?: string
/**
 * Acquisition settings (camera level, detection threshold).
 */
settings?: string
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
value: number
unit: ParticleConcentrationUnit
}
export interface PurityValue {
/**
 * Particles per µg protein.
 */
particlesPerMicrogram: number
where?: Where
note?: Note
}
export interface ImagingValue {
/**
 * Method.
 */
method: ("tem" | "cryo-em" | "afm" | "sem" | "other")
/**
 * A wide-field image is shown.
 */
wideField?: boolean
/**
 * A close-up image is shown.
 */
closeUp?: boolean
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
 * 
 * @minItems 1
 * @maxItems 200
 */
transmembrane: Name[]
/**
 * Cytosolic markers (TSG101, ALIX, syntenin).
 * 
 * @minItems 1
 * @maxItems 200
 */
cytosolic: Name[]
/**
 * Method.
 */
method?: ("western-blot" | "flow-cytometry" | "elisa" | "mass-spectrometry" | "other")
where?: Where
note?: Note
}
export interface EvMarkersNegativeValue {
/**
 * Markers.
 * 
 * @minItems 1
 * @maxItems 200
 */
markers: Name[]
/**
 * Method.
 */
method?: ("western-blot" | "flow-cytometry" | "elisa" | "mass-spectrometry" | "other")
where?: Where
note?: Note
}
export interface OriginMarkersValue {
/**
 * Present (CD44, CD73, CD105).
 * 
 * @minItems 1
 * @maxItems 200
 */
positive?: Name[]
/**
 * Absent (CD45, CD11b).
 * 
 * @minItems 1
 * @maxItems 200
 */
negative?: Name[]
where?: Where
note?: Note
}
export interface SolubleFactorsValue {
/**
 * Methods.
 * 
 * @minItems 1
 * @maxItems 200
 */
methods: ("cytokine-array" | "elisa" | "multiplex-immunoassay" | "proteomics" | "lipidomics" | "mirna-sequencing" | "rna-sequencing" | "other")[]
/**
 * Factors and amounts.
 * 
 * @minItems 1
 * @maxItems 200
 */
factors?: {
/**
 * Factor.
 */
name: string
amount?: MassConcentration
}[]
where?: Where
note?: Note
}
export interface FractionControlsValue {
/**
 * Unconditioned medium processed identically.
 */
unconditionedMedium?: boolean
/**
 * EV-depleted fraction tested.
 */
evDepletedFraction?: boolean
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
id: string
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
 * 
 * @minItems 1
 * @maxItems 200
 */
amounts: DoseAmount[]
where?: Where
note?: Note
}
/**
 * One amount of the dose, on one basis.
 */
export interface DoseAmount {
/**
 * The amount, as a number (2×10^6 is 2000000).
 */
value: number
/**
 * The unit; it must fit the basis.
 */
unit: ("cell equivalents" | "cells" | "particles" | "pg" | "ng" | "µg" | "μg" | "ug" | "mg" | "nL" | "µL" | "μL" | "uL" | "mL" | "ml" | "L" | "l" | "cells/kg" | "cell equivalents/kg" | "particles/kg" | "particles/g" | "ng/kg" | "µg/kg" | "μg/kg" | "ug/kg" | "mg/kg" | "µg/g" | "μg/g" | "ug/g" | "ng/mL" | "ng/ml" | "µg/mL" | "μg/mL" | "ug/mL" | "µg/ml" | "μg/ml" | "ug/ml" | "mg/mL" | "mg/ml" | "particles/cell" | "particles/mL" | "particles/ml" | "other")
/**
 * What the amount counts: cell equivalents, particles, protein mass, conditioned-medium volume, or these per body weight.
 */
basis: ("cell-equivalents" | "particles" | "protein-mass" | "conditioned-medium-volume" | "cell-equivalents-per-body-weight" | "particles-per-body-weight" | "protein-mass-per-body-weight" | "protein-concentration" | "particles-per-target-cell" | "particles-concentration" | "other")
/**
 * Whether the amount is given each time or is the total over the regimen.
 */
per: ("administration" | "total")
/**
 * For a conditioned-medium volume: how many times the medium was concentrated.
 */
foldConcentration?: number
/**
 * Required when basis or unit is "other".
 */
description?: string
}
export interface RouteValue {
/**
 * Route.
 */
value: ("intravenous" | "intraperitoneal" | "intrathecal" | "intracerebroventricular" | "perineural" | "intraneural" | "intraplantar" | "subcutaneous" | "intradermal" | "intra-articular" | "intradiscal" | "epidural" | "intramuscular" | "intranasal" | "intravesical" | "topical" | "oral" | "implanted-biomaterial" | "other")
/**
 * Free-text description; required when value is "other".
 */
description?: string
/**
 * Site (e.g. left sciatic nerve).
 */
site?: string
where?: Where
note?: Note
}
export interface VolumeValue {
volume: Volume
infusionRate?: FlowRate
infusionDuration?: Duration
where?: Where
note?: Note
}
/**
 * Infusion rate.
 */
export interface FlowRate {
value: number
unit: FlowRateUnit
}
export interface RegimenValue {
/**
 * Number of administrations.
 */
administrations: number
interval?: Duration
where?: Where
note?: Note
}
export interface TimingValue {
/**
 * Before or after the condition was established.
 */
approach: ("preventive" | "therapeutic")
/**
 * Reference event.
 */
relativeTo?: ("model-induction" | "disease-onset" | "diagnosis" | "surgery" | "birth" | "other")
offset?: SignedDuration
age?: Duration
/**
 * Details.
 */
description?: string
where?: Where
note?: Note
}
/**
 * Time from the reference event (negative = before).
 */
export interface SignedDuration {
value: number
unit: DurationUnit
}
export interface CarrierValue {
/**
 * A carrier was used.
 */
used: boolean
/**
 * Material (e.g. hyaluronic acid hydrogel).
 */
material?: string
where?: Where
note?: Note
}
export interface ControlsValue {
/**
 * Control groups.
 * 
 * @minItems 1
 * @maxItems 200
 */
groups: ("vehicle" | "unconditioned-medium" | "ev-depleted-fraction" | "parent-msc" | "active-comparator" | "sham" | "naive" | "placebo" | "other")[]
/**
 * Details.
 */
description?: string
where?: Where
note?: Note
}
export interface RecipientsValue {
/**
 * Species.
 */
species: ("human" | "rat" | "mouse" | "pig" | "dog" | "cat" | "horse" | "sheep" | "goat" | "rabbit" | "cow" | "non-human-primate" | "other")
/**
 * Strain (e.g. Sprague-Dawley).
 */
strain?: string
/**
 * Sex(es).
 * 
 * @minItems 1
 * @maxItems 200
 */
sex?: ("female" | "male")[]
age?: Duration
weight?: BodyMass
/**
 * Supplier.
 */
source?: string
where?: Where
note?: Note
}
/**
 * Body weight.
 */
export interface BodyMass {
value: number
unit: BodyMassUnit
}
export interface InVitroExposureValue {
/**
 * Target cells.
 */
targetCells: string
/**
 * Stimulus (e.g. LPS 1 µg/mL).
 */
stimulus?: string
dose?: DoseAmount
duration: Duration
where?: Where
note?: Note
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
}
/**
 * Outcomes and how they were assessed.
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
}
export interface ModelValue {
/**
 * Model.
 */
value: ("cci" | "sni" | "psl" | "snl" | "stz-diabetic" | "db-db" | "cipn-oxaliplatin" | "cipn-paclitaxel" | "cipn-vincristine" | "cipn-other" | "cfa" | "carrageenan" | "mia-oa" | "collagenase-oa" | "dmm-oa" | "disc-injury" | "incisional" | "bone-cancer" | "cancer-other" | "sci" | "interstitial-cystitis" | "clinical-condition" | "in-vitro-model" | "other")
/**
 * Free-text description; required when value is "other".
 */
description?: string
/**
 * Clinical condition (e.g. knee osteoarthritis, Kellgren–Lawrence 2–3).
 */
condition?: string
where?: Where
note?: Note
}
export interface PrimaryOutcomeValue {
/**
 * Measure.
 */
measure: string
/**
 * Named before the study began.
 */
prespecified?: boolean
timepoint?: Duration
where?: Where
note?: Note
}
export interface SampleSizeValue {
/**
 * n per group.
 * 
 * @minItems 1
 * @maxItems 200
 */
perGroup: {
/**
 * Group.
 */
group: string
/**
 * Animals or participants.
 */
n: number
}[]
/**
 * How n was chosen.
 */
justification: ("power-calculation" | "pilot-data" | "feasibility" | "convention" | "not-justified" | "other")
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
randomised: boolean
/**
 * Method (e.g. computer-generated sequence).
 */
method?: string
where?: Where
note?: Note
}
export interface BlindingValue {
/**
 * Who was blinded ("none" if nobody).
 * 
 * @minItems 1
 * @maxItems 200
 */
blinded: ("outcome-assessors" | "caregivers" | "investigators" | "participants" | "data-analysts" | "surgeons" | "none")[]
where?: Where
note?: Note
}
export interface BehaviouralTestsValue {
/**
 * Tests.
 * 
 * @minItems 1
 * @maxItems 200
 */
tests: {
/**
 * Test.
 */
test: ("von-frey" | "hargreaves" | "hot-plate" | "cold-plate" | "randall-selitto" | "acetone" | "pin-prick" | "tail-flick" | "weight-bearing" | "grimace" | "burrowing" | "gait" | "conditioned-place-preference" | "open-field" | "rotarod" | "other")
/**
 * What was measured and its unit (e.g. 50 % withdrawal threshold, g).
 */
measure?: string
/**
 * Timepoints after treatment.
 * 
 * @minItems 1
 * @maxItems 200
 */
timepoints?: SignedDuration1[]
/**
 * Required when test is "other".
 */
description?: string
}[]
where?: Where
note?: Note
}
/**
 * A time relative to an event; negative means before.
 */
export interface SignedDuration1 {
value: number
unit: DurationUnit
}
export interface ClinicalScalesValue {
/**
 * Scales.
 * 
 * @minItems 1
 * @maxItems 200
 */
scales: {
/**
 * Scale.
 */
scale: ("vas" | "nrs" | "womac" | "koos" | "odi" | "bpi" | "dash" | "pgic" | "sf-36" | "eq-5d" | "other")
/**
 * Timepoints.
 * 
 * @minItems 1
 * @maxItems 200
 */
timepoints?: Duration[]
/**
 * Required when scale is "other".
 */
description?: string
}[]
followUp?: Duration
where?: Where
note?: Note
}
export interface EffectEstimatesValue {
/**
 * Central value.
 */
central: ("mean" | "median")
/**
 * Spread.
 */
spread: ("sd" | "sem" | "iqr" | "range" | "ci")
/**
 * Effect size.
 */
effectSize?: ("mean-difference" | "standardised-mean-difference" | "ratio" | "percent-reversal" | "other")
/**
 * Effect sizes have confidence intervals.
 */
confidenceInterval?: boolean
where?: Where
note?: Note
}
export interface MechanisticReadoutsValue {
/**
 * Readouts.
 * 
 * @minItems 1
 * @maxItems 200
 */
readouts: {
/**
 * What was measured (e.g. IL-1β, Iba1).
 */
target: string
/**
 * Tissue.
 */
tissue: ("nerve" | "drg" | "spinal-cord" | "brain" | "joint" | "skin" | "serum" | "csf" | "other")
timepoint?: Duration
/**
 * Method.
 */
method?: string
}[]
where?: Where
note?: Note
}
export interface AdverseEventsValue {
/**
 * Adverse events were collected.
 */
collected: boolean
/**
 * How.
 */
method?: string
/**
 * What occurred.
 */
events?: string
where?: Where
note?: Note
}
export interface ExclusionsValue {
/**
 * Number excluded.
 */
excluded: number
/**
 * Reasons.
 */
reasons?: string
where?: Where
note?: Note
}
export interface TrialRegistrationValue {
/**
 * Registry.
 */
registry: ("clinicaltrials-gov" | "euctr" | "isrctn" | "chictr" | "anzctr" | "jrct" | "other")
/**
 * Identifier (e.g. NCT04000000).
 */
id: string
where?: Where
note?: Note
}
export interface EmotionalDimensionValue {
/**
 * Measures (e.g. conditioned place aversion, HADS).
 * 
 * @minItems 1
 * @maxItems 200
 */
measures: Name[]
where?: Where
note?: Note
}
