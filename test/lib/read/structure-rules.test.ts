import { describe, expect, it } from 'vitest';
import {
  isGenreHeading,
  isKpiSectionHeading,
  jobTitleField,
  profileRoleName,
  repeatedNames,
} from '../../../src/lib/read/structure-rules.ts';

describe('structure rules', () => {
  it('knows the genre around KPIs, numbered or not, and no role name for it', () => {
    for (const h of [
      'Key Responsibilities',
      '3. Key responsibilities',
      'Person Specification',
      'Version history',
      'Document control',
      'About you',
      "What you'll be doing",
      'Appendix B – Version history',
      'How KPIs are set and reported',
      '4. Reporting and escalation',
      'Missions principales',
      'Compétences requises',
      'Not KPIs (but expected)',
      'Context for 2025/26',
      'WELCOME, APOLOGIES AND DECLARATIONS',
      '7. Any other business',
      "What we don't measure",
      'Escalation process',
    ]) {
      expect(isGenreHeading(h), h).toBe(true);
    }
    for (const h of [
      'Payroll Officer',
      'Head of Operations',
      'Responsibilities KPIs',
      'Scope Manager',
      'Customer Success',
      'Reporting Analyst',
    ]) {
      expect(isGenreHeading(h), h).toBe(false);
    }
  });

  it('knows a heading that names the KPIs', () => {
    for (const h of [
      'Key Performance Indicators',
      '4. Key performance indicators',
      'KPIs',
      'Performance measures',
      'How success is measured in this role',
    ]) {
      expect(isKpiSectionHeading(h), h).toBe(true);
    }
    expect(isKpiSectionHeading('Sales Manager')).toBe(false);
  });

  it('reads the role a role profile names, in its title or a Job title field', () => {
    expect(profileRoleName('Role Profile: Payroll Specialist')).toBe('Payroll Specialist');
    expect(profileRoleName('Ward Manager – Job Description')).toBe('Ward Manager');
    expect(profileRoleName('Payroll Specialist')).toBeNull();
    expect(
      jobTitleField(
        [
          ['Job title', 'Ward Manager'],
          ['Band', 'Band 7'],
        ],
        [],
      ),
    ).toBe('Ward Manager');
    expect(jobTitleField([], ['Job title: IT Service Desk Analyst Department: Digital Services'])).toBe('IT Service Desk Analyst');
    expect(jobTitleField([['Name', '……']], ['Our job is to help.'])).toBeNull();
    // A cell that only contains the word is no field label: "Post-call customer satisfaction" names a KPI.
    expect(
      jobTitleField(
        [
          ['CC05', 'Post-call customer satisfaction', '4.3'],
          ['Role model award', 'Yes'],
        ],
        [],
      ),
    ).toBeNull();
    expect(jobTitleField([['Position:', 'Wind Turbine Technician', 'Business unit:', 'Wind']], [])).toBe('Wind Turbine Technician');
  });

  it('finds names repeated under several parents that each repeat two or more, not one role in two departments', () => {
    const perspectives = ['Financial', 'Customer', 'Internal Process', 'Learning & Growth'];
    expect([...repeatedNames([perspectives, perspectives, ['Financial', 'Customer']])].sort()).toEqual([
      'customer',
      'financial',
      'internal process',
      'learning & growth',
    ]);
    expect(
      repeatedNames([
        ['Team Lead', 'Sales Rep'],
        ['Team Lead', 'Agent'],
      ]).size,
    ).toBe(0);
  });
});

describe('structure rules, numbered by schedule or part', () => {
  it('reads "Schedule 1 – Performance measures" as a KPI section and "Schedule 2 – Leadership behaviours" or "Appendices" as genre', () => {
    expect(isKpiSectionHeading('Schedule 1 – Performance measures')).toBe(true);
    expect(isGenreHeading('Schedule 2 – Leadership behaviours')).toBe(true);
    expect(isGenreHeading('Appendices')).toBe(true);
    expect(isGenreHeading('Schedule 2 – Contract Manager')).toBe(false);
  });
});

describe('structure rules, the parts of a contract, policy or scheme', () => {
  it('reads them as the genre around the KPIs', () => {
    for (const h of [
      'PRELIMINARY',
      'SCOPE OF SERVICES (SUMMARY)',
      'Exclusions',
      'Recommendation',
      'Purpose of this framework',
      'Changes from 2024',
      'Calculation notes',
      'Data collection tools',
      'Eligibility',
      'Who is in the scheme',
      'Payments',
    ])
      expect(isGenreHeading(h), h).toBe(true);
    for (const h of ['Payments Officer', 'Scope Manager', 'Exclusions Team Lead']) expect(isGenreHeading(h), h).toBe(false);
  });
});

describe('structure rules, other languages', () => {
  it('knows KPI sections and job-title fields as German, Spanish, French and Dutch documents write them', () => {
    for (const h of ['Ziele', 'Kennzahlen', 'Objetivos', 'Indicateurs', 'Doelstellingen']) expect(isKpiSectionHeading(h), h).toBe(true);
    expect(jobTitleField([['Funktion', 'Teamleitung Kundenservice']], [])).toBe('Teamleitung Kundenservice');
    expect(jobTitleField([], ['Puesto: Jefe de almacén'])).toBe('Jefe de almacén');
  });
});
